#!/usr/bin/env node
/**
 * TempEval-3 Task A benchmark for the date tagger (scoring as described in the data's README.md).
 *
 *   npx tsc -p tsconfig.build.json && node bench/dates.mjs [tempeval3 dir] [--problems]
 *
 * Each platinum document's untagged TEXT (te3-platinum-input) goes to extractDates with its DCT as
 * publishedAt; the output is aligned with the gold TIMEX3 of type DATE and TIME (te3-platinum).
 * - Relaxed match: a mention overlaps a gold timex (one-to-one, largest overlap first). Strict: same extent.
 * - A range record ('2009-2010', '17 and 18 June') stands for the two TIMEX3 TimeML writes: it may align
 *   with two gold timexes, the first judged on `value`, the second on `endValue`, and then counts as two
 *   system timexes.
 * - P = matches / system timexes, R = matches / gold timexes, micro-averaged over all documents.
 * - Value accuracy = share of relaxed-matched gold whose value is identical; value F1 = accuracy x relaxed F1.
 * - Mentions overlapping only a gold DURATION or SET count as spurious (durations are not dates) and
 *   are listed apart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDates } from '../dist/extract/dates/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const showProblems = args.includes('--problems');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(here, '..', '..', 'shared', 'bench', 'tempeval3'));
const SCORED = new Set(['DATE', 'TIME']);

const decode = (s) => s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]);
const attrs = (s) => Object.fromEntries([...s.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
const section = (xml, tag) => new RegExp(`<${tag}>([\\s\\S]*)</${tag}>`).exec(xml)?.[1];

/** Plain text of a TimeML TEXT section and the TIMEX3 spans in it. */
function untag(xml) {
  let text = '';
  const timexes = [];
  const open = [];
  for (const m of xml.matchAll(/<(\/?)(\w+)([^>]*?)\/?>|[^<]+/g)) {
    if (!m[2]) { text += decode(m[0]); continue; }
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) open.push({ ...attrs(m[3]), start: text.length });
    else { const t = open.pop(); timexes.push({ ...t, end: text.length, text: text.slice(t.start, text.length) }); }
  }
  return { text, timexes };
}

function load(name, inputs) {
  const gold = readFileSync(join(dir, 'te3-platinum', name), 'utf8');
  const docid = /<DOCID>([^<]*)<\/DOCID>/.exec(gold)[1].trim();
  const input = inputs.get(docid);
  if (!input) throw new Error(`no input file for ${name} (DOCID ${docid})`);
  const { text, timexes } = untag(section(gold, 'TEXT'));
  const inputText = untag(section(input, 'TEXT')).text;
  if (inputText !== text) throw new Error(`${name}: input TEXT differs from the gold TEXT without tags`);
  const dct = attrs(/<DCT>\s*<TIMEX3([^>]*)>/.exec(input)[1]).value;
  return { name, dct, text, timexes };
}

const overlap = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

const inputDir = join(dir, 'te3-platinum-input');
const inputs = new Map(readdirSync(inputDir).map((f) => {
  const xml = readFileSync(join(inputDir, f), 'utf8');
  return [/<DOCID>([^<]*)<\/DOCID>/.exec(xml)[1].trim(), xml];
}));
const docs = readdirSync(join(dir, 'te3-platinum')).filter((f) => f.endsWith('.tml')).sort().map((f) => load(f, inputs));

const TIMEX_PART = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const total = { gold: 0, system: 0, relaxed: 0, strict: 0, value: 0, type: 0 };
const perType = {};
const problems = [];
let spuriousOnOtherTypes = 0;
let ms = 0;

for (const doc of docs) {
  const t0 = performance.now();
  const mentions = extractDates(doc.text, { publishedAt: doc.dct });
  ms += performance.now() - t0;
  const gold = doc.timexes.filter((t) => SCORED.has(t.type));
  const other = doc.timexes.filter((t) => !SCORED.has(t.type));
  const uses = mentions.map(() => []);
  for (const g of gold) {
    const row = (perType[g.type] ??= { gold: 0, relaxed: 0, strict: 0, value: 0 });
    row.gold++;
    let best = -1;
    mentions.forEach((m, i) => {
      const capacity = m.endValue ? 2 : 1;
      if (uses[i].length < capacity && overlap(m, g) > 0 && (best < 0 || overlap(m, g) > overlap(mentions[best], g))) best = i;
    });
    if (best < 0) { problems.push({ doc: doc.name, kind: 'miss', gold: `${g.type} ${g.value} [${g.text}]` }); continue; }
    const m = mentions[best];
    // the record keeps a part of the day beside the day ('last night': 2019-10-03, night); TIMEX3 writes it in
    // the value (2019-10-03TNI) and types it TIME
    const day = uses[best].length === 0 ? m.value : m.endValue;
    const value = m.partOfDay && day ? `${day}T${TIMEX_PART[m.partOfDay]}` : day;
    uses[best].push(g);
    row.relaxed++;
    const strict = m.start === g.start && m.end === g.end;
    if (strict) row.strict++;
    else problems.push({ doc: doc.name, kind: 'extent', gold: `[${g.text}]`, system: `[${m.text}]` });
    if (value === g.value) row.value++;
    else problems.push({ doc: doc.name, kind: 'value', gold: `${g.value} [${g.text}]`, system: `${value} [${m.text}] ${m.rule}` });
    if ((m.granularity === 'time' || !!m.partOfDay) === (g.type === 'TIME')) total.type++;
  }
  mentions.forEach((m, i) => {
    total.system += Math.max(1, uses[i].length);
    if (uses[i].length) return;
    const on = other.find((t) => overlap(m, t) > 0);
    if (on) spuriousOnOtherTypes++;
    problems.push({ doc: doc.name, kind: 'spurious', system: `${m.value} [${m.text}] ${m.rule}`, ...(on ? { gold: `${on.type} ${on.value} [${on.text}]` } : {}) });
  });
  total.gold += gold.length;
}
for (const row of Object.values(perType)) for (const k of ['relaxed', 'strict', 'value']) total[k] += row[k];

const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (x) => (100 * x).toFixed(2);
const relaxedP = total.relaxed / total.system;
const relaxedR = total.relaxed / total.gold;
const strictP = total.strict / total.system;
const strictR = total.strict / total.gold;
const relaxedF1 = f1(relaxedP, relaxedR);
const strictF1 = f1(strictP, strictR);
const valueAccuracy = total.value / total.relaxed;
const summary = {
  documents: docs.length, gold: total.gold, system: total.system, relaxedMatches: total.relaxed, strictMatches: total.strict,
  valueCorrect: total.value, relaxedF1: +relaxedF1.toFixed(4), relaxedP: +relaxedP.toFixed(4), relaxedR: +relaxedR.toFixed(4),
  strictF1: +strictF1.toFixed(4), valueAccuracy: +valueAccuracy.toFixed(4), valueF1: +(valueAccuracy * relaxedF1).toFixed(4),
  typeAccuracy: +(total.type / total.relaxed).toFixed(4), ms: Math.round(ms),
};

if (showProblems) {
  for (const kind of ['miss', 'spurious', 'value', 'extent']) {
    const list = problems.filter((p) => p.kind === kind);
    console.log(`\n${kind} (${list.length})`);
    for (const p of list) console.log(`  ${p.doc.padEnd(36)} ${p.gold ? `gold ${p.gold}` : ''}${p.gold && p.system ? '  |  ' : ''}${p.system ? `system ${p.system}` : ''}`);
  }
  console.log('');
}
console.log(`TempEval-3 platinum, ${docs.length} documents, gold TIMEX3 of type DATE/TIME: ${total.gold}; system timexes: ${total.system}`);
console.log(`relaxed  P ${pct(relaxedP)}  R ${pct(relaxedR)}  F1 ${pct(relaxedF1)}   (${total.relaxed} matches)`);
console.log(`strict   P ${pct(strictP)}  R ${pct(strictR)}  F1 ${pct(strictF1)}   (${total.strict} matches)`);
console.log(`value    accuracy ${pct(valueAccuracy)} (${total.value}/${total.relaxed})  F1 ${pct(valueAccuracy * relaxedF1)}   type accuracy ${pct(total.type / total.relaxed)}`);
for (const [type, row] of Object.entries(perType).sort()) {
  console.log(`  ${type.padEnd(5)} gold ${row.gold}  relaxed ${row.relaxed}  strict ${row.strict}  value ${row.value}`);
}
console.log(`  spurious ${total.system - total.relaxed} (of which ${spuriousOnOtherTypes} overlap a gold DURATION/SET)  extraction ${Math.round(ms)} ms`);
console.log(JSON.stringify(summary));
