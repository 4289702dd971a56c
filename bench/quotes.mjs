#!/usr/bin/env node
/**
 * PolNeAR benchmark for the quote extractor (data and provenance: ../shared/bench/polnear/README.md).
 *
 *   npx tsc -p tsconfig.build.json && node bench/quotes.mjs [split dir | --split dev|train|test] [--problems] [--limit N]
 *
 * Gold = "quote-bearing attributions". PolNeAR annotates every attribution (direct quotes, reported
 * speech, beliefs); we keep the quoted parts of them:
 * - The article's double quote marks (“ ” and ") are paired over the raw text, one paragraph at a
 *   time: curly marks by shape, straight marks alternately; a quote still open at a paragraph's end
 *   runs on when the next paragraph opens with the same mark (the newspaper convention for long
 *   quotes), and is dropped otherwise. Marks nested inside an open quote of the other style stay in it.
 *   This pairing is the benchmark's own, written apart from src/extract/quotes/spans.ts.
 * - A quoted segment is gold when at least half of its letters and digits fall inside the Content
 *   span(s) of one attribution (Content and Content2, every fragment of a discontinuous span); its
 *   speaker is that attribution's Source span (absent for 'Attribution-no-source').
 * - Articles annotated by several annotators: the first .ann file by name is used, the others are
 *   ignored (dev and test each have two such articles).
 * extractQuotes runs on each article's raw text (the texts are clean: no cleaning stage, offsets match).
 *
 * Scoring:
 * - A predicted quote matches a gold quote of the same article at token F1 >= 0.8 (tokens as in
 *   ../shared/eval/score.mjs), one-to-one, greedily by score. P/R/F1 over all quotes of the split.
 * - Speaker accuracy, over matched quotes whose gold has a Source: right when the predicted
 *   speakerMention overlaps the Source characters, or the predicted `speaker` shares a name word with
 *   the Source (a capitalised Source word other than a title or determiner: same surname or
 *   organisation word), or the Source's head word (its last word, when it is not a pronoun).
 * - Per rule (the sieve in `rule`): predicted quotes, matched, precision, speaker accuracy.
 * - --problems lists missed gold quotes, spurious predictions and wrong speakers.
 * The last line is a one-line JSON summary.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const showProblems = args.includes('--problems');
const valueOf = (flag) => { const i = args.indexOf(flag); return i >= 0 ? args[i + 1] : undefined; };
const split = valueOf('--split');
const limit = Number(valueOf('--limit') ?? Infinity);
const positional = args.filter((a, i) => !a.startsWith('--') && !['--split', '--limit'].includes(args[i - 1]));
const polnear = join(here, '..', '..', 'shared', 'bench', 'polnear');
const dir = resolve(positional[0] ?? join(polnear, split ?? 'dev'));
if (!existsSync(join(dir, 'text'))) {
  console.error(`no ${join(dir, 'text')}: give a PolNeAR split folder (text/ and attributions/) or --split dev|train|test`);
  process.exit(2);
}

// ---- tokens and names, as in ../shared/eval/score.mjs ------------------------------------------

const norm = (s) => (s ?? '').normalize('NFKC')
  .replace(/[‘’‚‛′`]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[‐‑‒–—]/g, '-')
  .replace(/\s+/g, ' ').trim()
  .replace(/^[\s"'.,:;!?()\-]+|[\s"'.,:;!?()\-]+$/g, '').toLowerCase();
const tokens = (s) => norm(s).split(/[^\p{L}\p{N}£$%]+/u).filter(Boolean);
function tokenF1(a, b) {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const m = new Map(); for (const t of tb) m.set(t, (m.get(t) || 0) + 1);
  let common = 0; for (const t of ta) { const c = m.get(t) || 0; if (c > 0) { common++; m.set(t, c - 1); } }
  if (!common) return 0;
  const p = common / ta.length, r = common / tb.length; return 2 * p * r / (p + r);
}

/** Capitalised words that are not names: titles, determiners, sentence-initial function words. */
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'gov', 'governor', 'rep', 'president', 'former',
  'vice', 'secretary', 'democratic', 'republican', 'gop', 'his', 'her', 'their', 'its', 'our', 'my', 'he', 'she', 'they',
  'it', 'we', 'i', 'you', 'in', 'of', 'and', 'but', 'u.s', 'u', 's', 'state', 'states', 'united', 'new', 'campaign',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'who', 'which', 'that']);

/** Name words of a Source: capitalised words, not titles; plus its head word when that is a noun. */
function sourceKeys(text) {
  const keys = new Set();
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu)) {
    const w = m[0].replace(/['’]s$/, '');
    if (/^\p{Lu}/u.test(w)) for (const t of tokens(w)) if (!NOT_NAME_WORDS.has(t)) keys.add(t);
  }
  const words = tokens(text.replace(/['’]s\b/g, ''));
  const head = words[words.length - 1];
  if (head && !PRONOUNS.has(head) && !NOT_NAME_WORDS.has(head)) keys.add(head);
  return keys;
}

// ---- brat standoff -----------------------------------------------------------------------------

function parseAnn(text) {
  const spans = new Map(), relations = [];
  const records = [];
  for (const line of text.split('\n')) {
    if (/^[TE#]\d+\t/.test(line) || !records.length) records.push(line);
    else records[records.length - 1] += '\n' + line; // a span's surface text that crosses a newline
  }
  for (const rec of records) {
    const [id, head] = rec.split('\t');
    if (!id || !head) continue;
    if (id[0] === 'T') {
      const [label, ...rest] = head.split(' ');
      const fragments = rest.join(' ').split(';').map((f) => f.trim().split(/\s+/).map(Number)).map(([start, end]) => ({ start, end }));
      spans.set(id, { label, fragments });
    } else if (id[0] === 'E') {
      const roles = {};
      for (const part of head.trim().split(/\s+/)) {
        const [role, ref] = part.split(':');
        if (/^Content/.test(role)) (roles.content ??= []).push(ref);
        else if (role === 'Source') roles.source = ref;
        else if (role === 'Cue') roles.cue = ref;
      }
      relations.push(roles);
    }
  }
  return relations.map((r) => ({
    content: (r.content ?? []).flatMap((ref) => spans.get(ref)?.fragments ?? []),
    source: r.source ? spans.get(r.source)?.fragments ?? null : null,
    cue: r.cue ? spans.get(r.cue)?.fragments ?? null : null,
  }));
}

// ---- gold quotes -------------------------------------------------------------------------------

/** Double-mark quotes of the raw text, paired as the header describes. */
function pairMarks(text) {
  const out = [];
  const paras = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let open = null; // { at, curly }
  for (const p of paras) {
    let i = p.start;
    if (open) {
      const c = text[p.start];
      if (c === (open.curly ? '“' : '"')) i = p.start + 1;
      else open = null;
    }
    for (; i < p.end; i++) {
      const c = text[i];
      if (c !== '“' && c !== '”' && c !== '"') continue;
      if (!open) {
        if (c !== '”') open = { at: i, curly: c === '“' };
      } else if (open.curly ? c === '”' : c === '"') {
        if (i > open.at + 1) out.push({ start: open.at + 1, end: i });
        open = null;
      }
    }
  }
  return out;
}

const wordChars = (text, start, end) => {
  const at = [];
  for (let i = start; i < end; i++) if (/[\p{L}\p{N}]/u.test(text[i])) at.push(i);
  return at;
};

function goldQuotes(text, relations) {
  const out = [];
  for (const q of pairMarks(text)) {
    const chars = wordChars(text, q.start, q.end);
    if (!chars.length) continue;
    let best = null, bestCover = 0;
    for (const r of relations) {
      const cover = chars.filter((i) => r.content.some((f) => f.start <= i && i < f.end)).length;
      if (cover > bestCover) { bestCover = cover; best = r; }
    }
    if (!best || bestCover * 2 < chars.length) continue;
    const source = best.source ? {
      fragments: best.source,
      text: best.source.map((f) => text.slice(f.start, f.end)).join(' '),
    } : null;
    out.push({ ...q, text: text.slice(q.start, q.end), source });
  }
  return out;
}

// ---- scoring -----------------------------------------------------------------------------------

function match(preds, golds) {
  const pairs = [];
  preds.forEach((p, i) => golds.forEach((g, j) => {
    if (p.end <= g.start - 200 || g.end <= p.start - 200) return; // far apart: cannot share 80% of their words
    const s = tokenF1(p.text, g.text);
    if (s >= 0.8) pairs.push([s, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set(), usedG = new Set(), out = [];
  for (const [s, i, j] of pairs) { if (usedP.has(i) || usedG.has(j)) continue; usedP.add(i); usedG.add(j); out.push([i, j, s]); }
  return out;
}

function speakerRight(pred, source) {
  const m = pred.speakerMention;
  if (m && source.fragments.some((f) => m.start < f.end && f.start < m.end)) return true;
  if (!pred.speaker) return false;
  const keys = sourceKeys(source.text);
  return tokens(pred.speaker.replace(/['’]s\b/g, '')).some((t) => keys.has(t));
}

const annDir = join(dir, 'attributions');
const annFiles = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
const articles = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
let multi = 0;
const tot = { gold: 0, pred: 0, tp: 0, withSource: 0, speakerRight: 0, noSpeaker: 0 };
const byRule = new Map();
const problems = { missed: [], spurious: [], speaker: [] };
const t0 = performance.now();
for (const file of articles) {
  const id = basename(file, '.txt');
  const anns = annFiles.filter((f) => f.slice(0, f.lastIndexOf('_')) === id);
  if (!anns.length) continue;
  if (anns.length > 1) multi++;
  const text = readFileSync(join(dir, 'text', file), 'utf8');
  const golds = goldQuotes(text, parseAnn(readFileSync(join(annDir, anns[0]), 'utf8')));
  const preds = extractQuotes(text);
  for (const p of preds) if (text.slice(p.start, p.end) !== p.text) throw new Error(`${id}: quote offsets do not point at its text`);
  const matched = match(preds, golds);
  tot.gold += golds.length; tot.pred += preds.length; tot.tp += matched.length;
  const rule = (p) => byRule.get(p.rule) ?? byRule.set(p.rule, { pred: 0, tp: 0, withSource: 0, right: 0 }).get(p.rule);
  for (const p of preds) rule(p).pred++;
  const usedP = new Set(matched.map(([i]) => i)), usedG = new Set(matched.map(([, j]) => j));
  for (const [i, j] of matched) {
    const p = preds[i], g = golds[j], r = rule(p);
    r.tp++;
    if (!g.source) continue;
    tot.withSource++; r.withSource++;
    if (!p.speaker) tot.noSpeaker++;
    if (speakerRight(p, g.source)) { tot.speakerRight++; r.right++; }
    else problems.speaker.push({ id, at: g.start, quote: g.text, gold: g.source.text, pred: p.speaker, mention: p.speakerMention?.text ?? null, rule: p.rule });
  }
  golds.forEach((g, j) => { if (!usedG.has(j)) problems.missed.push({ id, at: g.start, quote: g.text, source: g.source?.text ?? null }); });
  preds.forEach((p, i) => { if (!usedP.has(i)) problems.spurious.push({ id, at: p.start, quote: p.text, speaker: p.speaker, rule: p.rule }); });
}
const ms = performance.now() - t0;

const pct = (x) => (100 * x).toFixed(1);
const P = tot.pred ? tot.tp / tot.pred : 0, R = tot.gold ? tot.tp / tot.gold : 0, F = P + R ? 2 * P * R / (P + R) : 0;
const S = tot.withSource ? tot.speakerRight / tot.withSource : 0;
const clip = (s, n = 110) => { const t = s.replace(/\s+/g, ' '); return t.length > n ? `${t.slice(0, n - 1)}…` : t; };

if (showProblems) {
  console.log(`\n== missed gold quotes (${problems.missed.length})`);
  for (const m of problems.missed) console.log(`  ${m.id} @${m.at}  “${clip(m.quote)}”  source=${m.source ?? '-'}`);
  console.log(`\n== spurious predictions (${problems.spurious.length})`);
  for (const m of problems.spurious) console.log(`  ${m.id} @${m.at}  [${m.rule}] “${clip(m.quote)}”  speaker=${m.speaker ?? '-'}`);
  console.log(`\n== wrong speakers (${problems.speaker.length})`);
  for (const m of problems.speaker) console.log(`  ${m.id} @${m.at}  [${m.rule}] gold=${m.gold}  pred=${m.pred ?? '-'} (${m.mention ?? '-'})  “${clip(m.quote, 70)}”`);
  console.log('');
}

console.log(`PolNeAR ${basename(dir)}: ${articles.length} articles (${multi} annotated by several people: first .ann by name used), quote-bearing attributions`);
console.log(`  quotes   gold ${tot.gold}  predicted ${tot.pred}  matched ${tot.tp}   P ${pct(P)}  R ${pct(R)}  F1 ${pct(F)}`);
console.log(`  speakers ${tot.speakerRight}/${tot.withSource} right (${pct(S)}%) over matched quotes whose gold has a Source; ${tot.noSpeaker} with no predicted speaker`);
console.log('  per rule:           pred  matched  precision  speaker right / gold with Source');
for (const [name, r] of [...byRule].sort((a, b) => b[1].pred - a[1].pred)) {
  console.log(`    ${name.padEnd(16)} ${String(r.pred).padStart(6)}  ${String(r.tp).padStart(7)}  ${pct(r.pred ? r.tp / r.pred : 0).padStart(9)}  ${String(r.right).padStart(5)} / ${r.withSource} (${pct(r.withSource ? r.right / r.withSource : 0)}%)`);
}
console.log(`  ${ms.toFixed(0)} ms`);
console.log(JSON.stringify({
  split: basename(dir), articles: articles.length, gold: tot.gold, predicted: tot.pred, matched: tot.tp,
  precision: +P.toFixed(4), recall: +R.toFixed(4), f1: +F.toFixed(4),
  speakerAccuracy: +S.toFixed(4), speakerRight: tot.speakerRight, speakerGold: tot.withSource,
  rules: Object.fromEntries([...byRule].map(([k, r]) => [k, { pred: r.pred, matched: r.tp, speakerRight: r.right, speakerGold: r.withSource }])),
}));
