/**
 * The quality gate's floors: each headline figure of `newsfacts eval` on each annotated set must stay
 * at or above its floor (eventDups, a count of split events, at or below its ceiling). This file is
 * the one place they are kept, and it is reviewed as code: a floor rises with the change that lifts
 * its figure; lowering one is a deliberate edit, made here with its reason in a comment.
 *
 * The sets: the five seed fixtures (one story), fixtures/dev (ten articles of our own, kept out of
 * unit tests) and ../shared/corpus/dev (28 real articles nobody here wrote, in story clusters; CI has
 * ../shared beside the checkout). Figures as measured on 2026-12-05.
 */
export interface GateSet {
  articles: string;
  gold: string;
  /** Needs ../shared beside the checkout. */
  shared?: boolean;
  /** A metadata sidecar to extract with (--meta). */
  meta?: string;
  floors: Record<string, number>;
  ceilings: Record<string, number>;
}

export const GATE: Record<string, GateSet> = {
  fixtures: {
    articles: 'fixtures/articles', gold: 'fixtures/gold',
    floors: {
      body: 0.993, boiler: 1, mustNot: 1, must: 1, title: 1, pub: 1, datesF1: 1, dateValF1: 1, ratingsF1: 1, prev: 1,
      officialsF1: 1, roles: 1, quotesF1: 1, attrib: 1, quotesE2E: 1, eventF1: 1, registryF1: 1,
    },
    ceilings: { eventDups: 0 },
  },
  'fixtures/dev': {
    articles: 'fixtures/dev/articles', gold: 'fixtures/dev/gold',
    floors: {
      body: 0.98, boiler: 1, mustNot: 1, must: 1, title: 1, pub: 1, datesF1: 1,
      // 0.986 -> 0.985 (2026-12-04): the gold's optional 'Care Act 2014' left, as statute years are no dates (the corpus
      // convention, and the pipeline's rule since): one correctly valued date fewer in the ratio, nothing read worse
      dateValF1: 0.985,
      // eventF1 0.571 -> 0.957 (2026-12-04): events as an extractor; the gold's events follow the corpus convention
      // since (a report's publication is an event; an earlier inspection told in passing is optional)
      // 0.957 -> 0.96 (2026-12-05): the gold gained dev03's report (published the day the council 'received the findings',
      // as its inspection's reportPublished already said), a report being an event of its own as for dev01 and dev02
      ratingsF1: 0.957, prev: 0.5, officialsF1: 1, roles: 0.853, quotesF1: 1, attrib: 0.963, quotesE2E: 0.963, eventF1: 0.96,
      registryF1: 1,
    },
    ceilings: { eventDups: 0 },
  },
  'shared/corpus/dev': {
    articles: '../shared/corpus/dev/articles', gold: '../shared/corpus/dev/gold', shared: true,
    floors: {
      body: 0.984, boiler: 0.975, mustNot: 0.982, must: 1, title: 1, pub: 0.8, datesF1: 0.973, dateValF1: 0.94,
      ratingsF1: 1, prev: 0.857, officialsF1: 0.969, roles: 0.957, quotesF1: 0.939, attrib: 0.89, quotesE2E: 0.836,
      // eventF1 0.667 -> 0.645 (2026-12-04): a quote the stored page cuts off is a quote now (the corpus convention),
      // and events read no trigger inside a quote, so a report that only a cut-off quote names is no event without
      // the publication date (with --meta it is found from the article's lead, below); 0.645 -> 0.677: subjects are
      // the bodies the leads name in full; 0.73 (2026-12-05); 0.794: a year-less date placed by the page's related stories
      eventF1: 0.794,
      // registryF1 0.958 -> 0.943 (2026-12-04): a role right before another name is that person's ('Mr Reed, his deputy
      // Sam Cole'); a chief executive whose only role came that way is no longer registered; 0.958 since the role a
      // story's lede names is its next sentence's person's (2026-12-05)
      registryF1: 0.958,
    },
    ceilings: { eventDups: 0 },
  },
  // the same articles with what the scraper kept beside them (URL, outlet, publication date)
  'shared/corpus/dev --meta': {
    articles: '../shared/corpus/dev/articles', gold: '../shared/corpus/dev/gold', shared: true, meta: '../shared/corpus/dev/meta.jsonl',
    floors: {
      body: 0.984, boiler: 0.975, mustNot: 0.982, must: 1, title: 1, pub: 1, datesF1: 0.973, dateValF1: 0.962,
      ratingsF1: 1, prev: 0.857, officialsF1: 0.969, roles: 0.957, quotesF1: 0.939, attrib: 0.89, quotesE2E: 0.836,
      eventF1: 0.923, registryF1: 0.958,
    },
    ceilings: { eventDups: 0 },
  },
};
