import type { GoldArticle } from './gold.js';
import { match, type Tally } from './match.js';
import { common, contains, norm, sameName, tokenF1, tokens } from './normalise.js';

/** The parts of an output record the scorer reads; anything else is ignored. */
export interface PredictedArticle {
  body?: string;
  text?: string;
  title?: string | null;
  publishedAt?: string | null;
  dates?: Array<{ text?: string; value?: string | null; endValue?: string | null }>;
  ratings?: Array<{ value?: string; subject?: string | null; previous?: string | null; text?: string }>;
  officials?: Array<{ name?: string; roles?: Array<string | { role?: string; title?: string }>; role?: string }>;
  people?: PredictedArticle['officials'];
  quotes?: Array<{ text?: string; speaker?: string | null }>;
}

/**
 * Scores one article against its gold: cleaning, dates, ratings, officials, quotes. `raw` is the
 * article file's text when it is plain text (the body's token F1 needs it), else null.
 */
export function scoreArticle(g: GoldArticle, pr: PredictedArticle, raw: string | null, t: Tally, problems: string[]): void {
  const id = g.id;
  const body = pr.body ?? pr.text ?? '';
  scoreCleaning(g, pr, body, raw, t, problems);
  scoreDates(id, g, pr, t, problems);
  scoreRatings(id, g, pr, t, problems);
  scoreOfficials(id, g, pr, t, problems);
  scoreQuotes(id, g, pr, t, problems);
}

function scoreCleaning(g: GoldArticle, pr: PredictedArticle, body: string, raw: string | null, t: Tally, problems: string[]): void {
  const id = g.id;
  const bodyLines = new Set(body.split(/\n+/).map(norm).filter(Boolean));
  const bodyNorm = norm(body);
  const bp = g.boilerplate.map(norm).filter(Boolean);
  const leftBp = bp.filter((l) => bodyLines.has(l));
  t.addAcc('boilerplateRemoved', bp.length - leftBp.length, bp.length);
  if (raw !== null) {
    const optional = new Set([...g.boilerplate, ...g.optionalBoilerplate].map(norm));
    const goldBody = raw.split('\n').filter((l) => !optional.has(norm(l)) && norm(l)).join('\n');
    // BBC-style markers are cut from the gold body as the cleaner is asked to cut them
    const cleanGold = g.inlineJunk.reduce((b, j) => b.split(j).join(j.startsWith(' ') || j.startsWith(',') ? ' ' : ''), goldBody);
    const gt = tokens(cleanGold), pt = tokens(body);
    t.add('bodyTokens', common(pt, gt), pt.length, gt.length);
  }
  const mcMissing = g.mustContain.filter((s) => !bodyNorm.includes(norm(s)));
  const mncLeft = g.mustNotContain.filter((s) => bodyNorm.includes(norm(s)));
  t.addAcc('mustContain', g.mustContain.length - mcMissing.length, g.mustContain.length);
  t.addAcc('mustNotContain', g.mustNotContain.length - mncLeft.length, g.mustNotContain.length);
  mcMissing.forEach((s) => problems.push(`${id}: body lacks "${s}"`));
  mncLeft.forEach((s) => problems.push(`${id}: body still has "${s}"`));
  leftBp.forEach((s) => problems.push(`${id}: boilerplate kept "${s.slice(0, 60)}"`));
  if (g.title) t.addAcc('title', norm(pr.title) === norm(g.title) ? 1 : 0, 1);
  if (g.publishedAt) t.addAcc('publishedAt', pr.publishedAt && String(pr.publishedAt).startsWith(g.publishedAt) ? 1 : 0, 1);
}

function scoreDates(id: string, g: GoldArticle, pr: PredictedArticle, t: Tally, problems: string[]): void {
  const pd = (pr.dates ?? []).filter((d) => d?.text);
  const gd = g.dates;
  const dm = match(pd, gd, (p, q) => (norm(p.text) === norm(q.text) ? 2 : contains(p.text!, q.text) ? 1 : 0), 1);
  t.add('dates', dm.length, pd.length, gd.length);
  let ok = 0;
  for (const [i, j] of dm) {
    const p = pd[i]!, q = gd[j]!;
    const v = p.value ?? null;
    let right = [q.value, ...(q.alt ?? [])].includes(v) || (q.value === null && v === null);
    if (right && q.endValue) right = ([q.endValue, ...(q.endAlt ?? [])] as Array<string | null>).includes(p.endValue ?? null);
    if (right) ok++;
    else problems.push(`${id}: date "${q.text}" -> ${v}${p.endValue ? '/' + p.endValue : ''}, want ${q.value}${q.endValue ? '/' + q.endValue : ''}`);
  }
  t.addAcc('dateValue', ok, dm.length);
  t.add('datesStrict', ok, pd.length, gd.length);
  const mG = new Set(dm.map(([, j]) => j)), mP = new Set(dm.map(([i]) => i));
  gd.forEach((q, j) => { if (!mG.has(j)) problems.push(`${id}: date missed "${q.text}"`); });
  pd.forEach((p, i) => { if (!mP.has(i)) problems.push(`${id}: date spurious "${p.text}"`); });
}

function scoreRatings(id: string, g: GoldArticle, pr: PredictedArticle, t: Tally, problems: string[]): void {
  const prr = (pr.ratings ?? []).filter(Boolean);
  const gr = g.ratings;
  const rm = match(prr, gr, (p, q) => (norm(p.value) === norm(q.value) ? 1 + (contains(p.subject ?? '', q.subject ?? '') ? 0.5 : 0) : 0), 1);
  t.add('ratings', rm.length, prr.length, gr.length);
  let prevOk = 0, prevN = 0;
  for (const [i, j] of rm) {
    if (!gr[j]!.previous) continue;
    prevN++;
    if (norm(prr[i]!.previous) === norm(gr[j]!.previous)) prevOk++;
  }
  t.addAcc('ratingPrevious', prevOk, prevN);
  const mP = new Set(rm.map(([i]) => i)), mG = new Set(rm.map(([, j]) => j));
  prr.forEach((p, i) => { if (!mP.has(i)) problems.push(`${id}: rating spurious ${p.value} "${p.text}"`); });
  gr.forEach((q, j) => { if (!mG.has(j)) problems.push(`${id}: rating missed ${q.value} "${q.text}"`); });
}

function scoreOfficials(id: string, g: GoldArticle, pr: PredictedArticle, t: Tally, problems: string[]): void {
  const po = (pr.officials ?? pr.people ?? []).filter((o) => o?.name);
  const go = g.officials;
  const om = match(po, go, (p, q) => (sameName(p.name!, q.name) ? 1 : 0), 1);
  t.add('officials', om.length, po.length, go.length);
  let roleOk = 0;
  for (const [i, j] of om) {
    const p = po[i]!, q = go[j]!;
    const roles = [...(p.roles ?? []), p.role].filter(Boolean).map((r) => (typeof r === 'string' ? r : r!.role ?? r!.title ?? ''));
    if (roles.some((r) => q.roles.some((x) => tokenF1(r, x) >= 0.5))) roleOk++;
    else problems.push(`${id}: role of ${q.name}: got [${roles.join('; ')}], want [${q.roles.join('; ')}]`);
  }
  t.addAcc('officialRole', roleOk, om.length);
  const mP = new Set(om.map(([i]) => i)), mG = new Set(om.map(([, j]) => j));
  po.forEach((p, i) => { if (!mP.has(i)) problems.push(`${id}: official spurious "${p.name}"`); });
  go.forEach((q, j) => { if (!mG.has(j)) problems.push(`${id}: official missed "${q.name}"`); });
}

function speakerOk(pred: string | null | undefined, gold: GoldArticle['quotes'][number]): boolean {
  if (!pred) return false;
  const cands = [gold.speaker, ...(gold.speakerAlt ?? [])].filter((x): x is string => !!x);
  return cands.some((c) => sameName(pred, c) || tokens(pred).includes(norm(c)) || tokens(c).every((x) => tokens(pred).includes(x)));
}

function scoreQuotes(id: string, g: GoldArticle, pr: PredictedArticle, t: Tally, problems: string[]): void {
  const pq = (pr.quotes ?? []).filter((q) => q?.text);
  const gq = g.quotes.filter((q) => !q.optional), gOpt = g.quotes.filter((q) => q.optional);
  const qm = match(pq, gq, (p, q) => tokenF1(p.text!, q.text), 0.8);
  const mP = new Set(qm.map(([i]) => i));
  // a prediction that matches an optional gold quote is neither right nor wrong
  const isOptional = (p: { text?: string }) => gOpt.some((o) => tokenF1(p.text!, o.text) >= 0.8);
  const optionalHits = pq.filter((p, i) => !mP.has(i) && isOptional(p)).length;
  const nPred = pq.length - optionalHits;
  t.add('quotes', qm.length, nPred, gq.length);
  let spOk = 0;
  for (const [i, j] of qm) {
    if (speakerOk(pq[i]!.speaker, gq[j]!)) spOk++;
    else problems.push(`${id}: quote "${gq[j]!.text.slice(0, 40)}…" speaker ${JSON.stringify(pq[i]!.speaker)}, want ${gq[j]!.speaker}`);
  }
  t.addAcc('attribution', spOk, qm.length);
  t.add('quotesAttributed', spOk, nPred, gq.length);
  const mG = new Set(qm.map(([, j]) => j));
  gq.forEach((q, j) => { if (!mG.has(j)) problems.push(`${id}: quote missed "${q.text.slice(0, 50)}"`); });
  pq.forEach((p, i) => { if (!mP.has(i) && !isOptional(p)) problems.push(`${id}: quote spurious "${p.text!.slice(0, 50)}"`); });
}
