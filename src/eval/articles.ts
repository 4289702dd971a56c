/** Scores one article's output record against its gold: cleaning, dates, ratings, officials, quotes. */
import type { GoldArticle, GoldDate, GoldQuote } from './gold.js';
import { match, matched, type Counts, type Hits } from './match.js';
import { contains, norm, overlap, sameName, tokenF1, tokens } from './normalise.js';

/**
 * The parts of an output record the scorer reads, in every shape the reference scorer accepts
 * (`text` for `body`, `people` for `officials`, a single `role`, roles as objects); the rest is ignored.
 */
export interface PredictedArticle {
  body?: string;
  text?: string;
  title?: string | null;
  publishedAt?: string | null;
  dates?: Array<PredictedDate | null>;
  ratings?: Array<PredictedRating | null>;
  officials?: Array<PredictedOfficial | null>;
  people?: Array<PredictedOfficial | null>;
  quotes?: Array<PredictedQuote | null>;
}
interface PredictedDate { text?: string; value?: string | null; endValue?: string | null }
interface PredictedRating { text?: string; value?: string; subject?: string | null; previous?: string | null }
type PredictedRole = string | { role?: string; title?: string };
interface PredictedOfficial { name?: string; roles?: PredictedRole[]; role?: PredictedRole }
interface PredictedQuote { text?: string; speaker?: string | null }

/** Measures that are precision/recall over matched items. */
export type CountKey = 'clean' | 'bodyTokens' | 'dates' | 'datesStrict' | 'ratings' | 'officials' | 'quotes' | 'quotesAttributed';
/** Measures that are accuracies over checked cases. */
export type HitKey = 'boilerplateRemoved' | 'mustContain' | 'mustNotContain' | 'title' | 'publishedAt'
  | 'dateValue' | 'ratingPrevious' | 'officialRole' | 'attribution';

/** One article's contribution to the batch totals, and what went wrong in it. */
export interface ArticleScore {
  counts: Partial<Record<CountKey, Counts>>;
  hits: Partial<Record<HitKey, Hits>>;
  problems: string[];
}

/**
 * `raw` is the article file's text when it is plain text, else null: the body's token F1 needs the
 * lines of the file, which an HTML page does not give.
 */
export function scoreArticle(gold: GoldArticle, pred: PredictedArticle, raw: string | null): ArticleScore {
  return combine([
    scoreCleaning(gold, pred, raw),
    scoreDates(gold, pred),
    scoreRatings(gold, pred),
    scoreOfficials(gold, pred),
    scoreQuotes(gold, pred),
  ]);
}

/** An article with no output record: its whole body was missed. */
export function missingRecord(id: string): ArticleScore {
  return { counts: { clean: { tp: 0, pred: 0, gold: 1 } }, hits: {}, problems: [`${id}: no output record`] };
}

/** An output record that is not JSON: reported, not scored, as the reference scorer does. */
export function unreadableRecord(id: string): ArticleScore {
  return { counts: {}, hits: {}, problems: [`${id}: output not JSON`] };
}

/** The parts in order, so the summary's keys and the problem lines come out as the reference scorer's do. */
function combine(parts: readonly ArticleScore[]): ArticleScore {
  const out: ArticleScore = { counts: {}, hits: {}, problems: [] };
  for (const part of parts) {
    Object.assign(out.counts, part.counts);
    Object.assign(out.hits, part.hits);
    out.problems.push(...part.problems);
  }
  return out;
}

const hit = (ok: boolean): Hits => ({ ok: ok ? 1 : 0, n: 1 });
const hasText = <T extends { text?: string }>(x: T | null | undefined): x is T & { text: string } => !!x?.text;

function scoreCleaning(gold: GoldArticle, pred: PredictedArticle, raw: string | null): ArticleScore {
  const id = gold.id;
  const body = pred.body ?? pred.text ?? '';
  const bodyLines = new Set(body.split(/\n+/).map(norm).filter(Boolean));
  const bodyNorm = norm(body);
  const boilerplate = gold.boilerplate.map(norm).filter(Boolean);
  const kept = boilerplate.filter((l) => bodyLines.has(l));
  const lacking = gold.mustContain.filter((s) => !bodyNorm.includes(norm(s)));
  const stillThere = gold.mustNotContain.filter((s) => bodyNorm.includes(norm(s)));
  const out: ArticleScore = {
    counts: {},
    hits: {
      boilerplateRemoved: { ok: boilerplate.length - kept.length, n: boilerplate.length },
      mustContain: { ok: gold.mustContain.length - lacking.length, n: gold.mustContain.length },
      mustNotContain: { ok: gold.mustNotContain.length - stillThere.length, n: gold.mustNotContain.length },
    },
    problems: [
      ...lacking.map((s) => `${id}: body lacks "${s}"`),
      ...stillThere.map((s) => `${id}: body still has "${s}"`),
      ...kept.map((s) => `${id}: boilerplate kept "${s.slice(0, 60)}"`),
    ],
  };
  if (raw !== null) {
    const gt = tokens(goldBody(gold, raw)), pt = tokens(body);
    out.counts.bodyTokens = { tp: overlap(pt, gt), pred: pt.length, gold: gt.length };
  }
  if (gold.title) out.hits.title = hit(norm(pred.title) === norm(gold.title));
  if (gold.publishedAt) out.hits.publishedAt = hit(!!pred.publishedAt && String(pred.publishedAt).startsWith(gold.publishedAt));
  return out;
}

/** The body a perfect cleaner would give: the file's non-empty lines less (optional) boilerplate and inline junk. */
function goldBody(gold: GoldArticle, raw: string): string {
  const drop = new Set([...gold.boilerplate, ...gold.optionalBoilerplate].map(norm));
  const lines = raw.split('\n').filter((l) => !drop.has(norm(l)) && norm(l)).join('\n');
  // junk that opens with a space or comma (BBC's ', external') sat between words, so a space stays
  return gold.inlineJunk.reduce((b, j) => b.split(j).join(j.startsWith(' ') || j.startsWith(',') ? ' ' : ''), lines);
}

function scoreDates(gold: GoldArticle, pred: PredictedArticle): ArticleScore {
  const id = gold.id;
  const pd = (pred.dates || []).filter(hasText);
  const gd = gold.dates;
  // the exact span beats an overlapping one, so 'June 2025' is not taken by '17 June 2025'
  const pairs = match(pd, gd, (p, q) => (norm(p.text) === norm(q.text) ? 2 : contains(p.text, q.text) ? 1 : 0), 1);
  const problems: string[] = [];
  let ok = 0;
  for (const [i, j] of pairs) {
    const p = pd[i]!, q = gd[j]!;
    if (rightValue(p, q)) { ok++; continue; }
    const got = `${p.value ?? null}${p.endValue ? '/' + p.endValue : ''}`;
    problems.push(`${id}: date "${q.text}" -> ${got}, want ${q.value}${q.endValue ? '/' + q.endValue : ''}`);
  }
  const used = matched(pairs);
  gd.forEach((q, j) => { if (!used.golds.has(j)) problems.push(`${id}: date missed "${q.text}"`); });
  pd.forEach((p, i) => { if (!used.preds.has(i)) problems.push(`${id}: date spurious "${p.text}"`); });
  return {
    counts: { dates: { tp: pairs.length, pred: pd.length, gold: gd.length }, datesStrict: { tp: ok, pred: pd.length, gold: gd.length } },
    hits: { dateValue: { ok, n: pairs.length } },
    problems,
  };
}

/** The value is the gold one or an accepted alternative; a range must also end right. */
function rightValue(p: PredictedDate, q: GoldDate): boolean {
  const starts: Array<string | null> = [q.value, ...(q.alt ?? [])];
  if (!starts.includes(p.value ?? null)) return false;
  if (!q.endValue) return true;
  const ends: Array<string | null> = [q.endValue, ...(q.endAlt ?? [])];
  return ends.includes(p.endValue ?? null);
}

/** A grade fact counts once per article however often it is restated: one per (value, previous), first mention kept. */
function distinctGrades<T extends { value?: string; previous?: string | null }>(ratings: readonly T[]): T[] {
  const seen = new Set<string>();
  return ratings.filter((r) => {
    const key = `${norm(r.value)}|${norm(r.previous ?? '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function scoreRatings(gold: GoldArticle, pred: PredictedArticle): ArticleScore {
  const id = gold.id;
  const pr = distinctGrades((pred.ratings || []).filter((r): r is PredictedRating => !!r));
  const gr = distinctGrades(gold.ratings);
  // the grade decides; the subject only breaks ties between two ratings of the same grade
  const pairs = match(pr, gr, (p, q) => (norm(p.value) === norm(q.value) ? 1 + (contains(p.subject || '', q.subject || '') ? 0.5 : 0) : 0), 1);
  let prevOk = 0, prevN = 0;
  for (const [i, j] of pairs) {
    if (!gr[j]!.previous) continue;
    prevN++;
    if (norm(pr[i]!.previous) === norm(gr[j]!.previous)) prevOk++;
  }
  const used = matched(pairs);
  return {
    counts: { ratings: { tp: pairs.length, pred: pr.length, gold: gr.length } },
    hits: { ratingPrevious: { ok: prevOk, n: prevN } },
    problems: [
      ...pr.flatMap((p, i) => (used.preds.has(i) ? [] : [`${id}: rating spurious ${p.value} "${p.text}"`])),
      ...gr.flatMap((q, j) => (used.golds.has(j) ? [] : [`${id}: rating missed ${q.value} "${q.text}"`])),
    ],
  };
}

function scoreOfficials(gold: GoldArticle, pred: PredictedArticle): ArticleScore {
  const id = gold.id;
  const po = (pred.officials || pred.people || []).filter((o): o is PredictedOfficial & { name: string } => !!o?.name);
  const go = gold.officials;
  const pairs = match(po, go, (p, q) => (sameName(p.name, q.name) ? 1 : 0), 1);
  const problems: string[] = [];
  let roleOk = 0;
  for (const [i, j] of pairs) {
    const roles = rolesOf(po[i]!), want = go[j]!.roles;
    // roles are worded freely ('council leader', 'Leader of the council'): half the words in common will do
    if (roles.some((r) => want.some((x) => tokenF1(r, x) >= 0.5))) roleOk++;
    else problems.push(`${id}: role of ${go[j]!.name}: got [${roles.join('; ')}], want [${want.join('; ')}]`);
  }
  const used = matched(pairs);
  po.forEach((p, i) => { if (!used.preds.has(i)) problems.push(`${id}: official spurious "${p.name}"`); });
  go.forEach((q, j) => { if (!used.golds.has(j)) problems.push(`${id}: official missed "${q.name}"`); });
  return {
    counts: { officials: { tp: pairs.length, pred: po.length, gold: go.length } },
    hits: { officialRole: { ok: roleOk, n: pairs.length } },
    problems,
  };
}

function rolesOf(o: PredictedOfficial): string[] {
  return [...(o.roles || []), o.role]
    .filter((r): r is PredictedRole => !!r)
    .map((r) => (typeof r === 'string' ? r : r.role || r.title || ''));
}

/** A quote at this token F1 or above is the same quotation, give or take a clipped word or mark. */
const SAME_QUOTE = 0.8;

function scoreQuotes(gold: GoldArticle, pred: PredictedArticle): ArticleScore {
  const id = gold.id;
  const pq = (pred.quotes || []).filter(hasText);
  const gq = gold.quotes.filter((q) => !q.optional), optional = gold.quotes.filter((q) => q.optional);
  const pairs = match(pq, gq, (p, q) => tokenF1(p.text, q.text), SAME_QUOTE);
  const used = matched(pairs);
  // an unmatched prediction of an optional gold quote is neither right nor wrong: it leaves the count
  const ignored = (p: PredictedQuote & { text: string }, i: number) =>
    !used.preds.has(i) && optional.some((o) => tokenF1(p.text, o.text) >= SAME_QUOTE);
  const nPred = pq.length - pq.filter(ignored).length;
  const problems: string[] = [];
  let spOk = 0;
  for (const [i, j] of pairs) {
    const p = pq[i]!, q = gq[j]!;
    if (speakerOk(p.speaker, q)) spOk++;
    else problems.push(`${id}: quote "${q.text.slice(0, 40)}…" speaker ${JSON.stringify(p.speaker)}, want ${q.speaker}`);
  }
  gq.forEach((q, j) => { if (!used.golds.has(j)) problems.push(`${id}: quote missed "${q.text.slice(0, 50)}"`); });
  pq.forEach((p, i) => { if (!used.preds.has(i) && !ignored(p, i)) problems.push(`${id}: quote spurious "${p.text.slice(0, 50)}"`); });
  return {
    counts: { quotes: { tp: pairs.length, pred: nPred, gold: gq.length }, quotesAttributed: { tp: spOk, pred: nPred, gold: gq.length } },
    hits: { attribution: { ok: spOk, n: pairs.length } },
    problems,
  };
}

/**
 * The predicted speaker names the gold one: the same person ('Cllr Lester' for 'Jonathan Lester'),
 * or a wording that holds every word of it ('a council spokesperson' for 'council').
 */
function speakerOk(pred: string | null | undefined, gold: GoldQuote): boolean {
  if (!pred) return false;
  const said = tokens(pred);
  const candidates = [gold.speaker, ...(gold.speakerAlt ?? [])].filter((s): s is string => !!s);
  return candidates.some((c) => sameName(pred, c) || tokens(c).every((t) => said.includes(t)));
}
