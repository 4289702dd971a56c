// Synthetic-but-real batch for bench/pipeline.mjs: N article files made from real news text.
//
// Real coverage repeats itself: many outlets report one event, wire copy is re-edited, the same
// officials are quoted again and again. A benchmark on N distinct random texts would never exercise
// the merge's clustering, and N verbatim copies would be unrealistically easy. So each file is a
// real base text with a few deterministic edits (paragraph order, sentences borrowed from another
// text about the same story, a dated 'Published' line, a person renamed from a small pool).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

// ---- seeded randomness -------------------------------------------------------------------------

/** mulberry32: tiny, fast, good enough to pick edits; Math.random would make runs incomparable. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

// ---- sources -----------------------------------------------------------------------------------

/**
 * Every base text with a story key. Texts sharing a key may lend each other sentences. The five
 * fixtures are one story (a council's Ofsted inspection); PolNeAR articles are grouped by
 * publication day and the candidate they mention most (2016 campaign coverage, so same-day
 * articles really do overlap); each ScrapingHub page is a story of its own.
 * Returns { texts, notes }; the pool is ~6 MB of text, small next to the batch it generates.
 */
export function loadSources(projectRoot) {
  const texts = [];
  const notes = [];
  const fixtureDir = join(projectRoot, 'fixtures', 'articles');
  for (const f of readdirSync(fixtureDir).filter((n) => n.endsWith('.txt')).sort()) {
    texts.push({ origin: `fixture:${f}`, story: 'fixtures', text: readFileSync(join(fixtureDir, f), 'utf8') });
  }
  const shared = join(projectRoot, '..', 'shared', 'bench');
  const gtFile = join(shared, 'scrapinghub', 'ground-truth.json');
  if (existsSync(gtFile)) {
    const gt = JSON.parse(readFileSync(gtFile, 'utf8'));
    for (const id of Object.keys(gt).sort()) {
      const body = gt[id]?.articleBody ?? '';
      if (body.trim()) texts.push({ origin: `scrapinghub:${id.slice(0, 12)}`, story: `sh:${id}`, text: body });
    }
  } else notes.push(`${gtFile} not found: ScrapingHub bodies left out`);
  let polnear = 0;
  for (const split of ['train', 'dev', 'test']) {
    const dir = join(shared, 'polnear', split, 'text');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      if (!text.trim()) continue;
      const day = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? 'undated';
      const trump = (text.match(/\bTrump\b/g) ?? []).length;
      const clinton = (text.match(/\bClinton\b/g) ?? []).length;
      const who = trump === 0 && clinton === 0 ? 'other' : trump >= clinton ? 'trump' : 'clinton';
      texts.push({ origin: `polnear:${basename(f, '.txt')}`, story: `pn:${day}:${who}`, text });
      polnear++;
    }
  }
  if (polnear === 0) notes.push(`${join(shared, 'polnear')} not found: PolNeAR texts left out`);
  if (texts.length === 5) notes.push('../shared is absent: the batch is made from the 5 fixtures only (far less varied)');
  for (const t of texts) t.paragraphs = splitParagraphs(t.text);
  const byStory = new Map();
  for (const t of texts) (byStory.get(t.story) ?? byStory.set(t.story, []).get(t.story)).push(t);
  for (const t of texts) t.siblings = byStory.get(t.story).filter((s) => s !== t);
  return { texts, notes, counts: countOrigins(texts) };
}

function countOrigins(texts) {
  const counts = {};
  for (const t of texts) {
    const k = t.origin.split(':')[0];
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/** Blank-line paragraphs when the text has them, else one paragraph per line. */
function splitParagraphs(text) {
  const norm = text.replace(/\r\n?/g, '\n').trim();
  const parts = /\n\s*\n/.test(norm) ? norm.split(/\n\s*\n/) : norm.split('\n');
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Rough sentence split; good enough to move whole sentences around. */
const splitSentences = (para) => para.split(/(?<=[.!?][”"’']?)\s+(?=[A-Z“"‘])/);

// ---- edits -------------------------------------------------------------------------------------

// Dates in the shapes scraped pages print them; a small pool so publication days repeat.
const PUBLISHED = ['Published: 3rd March 2024', 'Published: 21 September 2022', 'Published 14 June 2023',
  'Published: 9th November 2016', 'Published: 12 October 2016', 'Published: 1 July 2022'];

// Small pool, so a renamed official turns up in many articles, as real officials do.
const NEW_NAMES = ['Helen Marchbank', 'Graham Pettifer', 'Sarah Okafor', 'David Kearney', 'Priya Venkatesan', 'Martin Wren'];

// Given names common in the sources; 'Given Surname' is how we spot a person worth renaming.
const GIVEN = ['Paul', 'Diana', 'Jonathan', 'David', 'John', 'Michael', 'Peter', 'James', 'Robert', 'Mark', 'Richard',
  'Andrew', 'Chris', 'Steve', 'Tom', 'Mike', 'Donald', 'Hillary', 'Bernie', 'Barack', 'Bill', 'Ted', 'Marco', 'Jeb',
  'Mitt', 'Sarah', 'Mary', 'Jane', 'Elizabeth', 'Susan', 'Martin', 'Tim', 'Joe', 'George', 'Nancy', 'Jill', 'Gary',
  'Kellyanne', 'Newt', 'Rudy', 'Chris', 'Paul', 'Kevin', 'Brian', 'Eric', 'Scott', 'Jason', 'Daniel', 'Anna'];
const PERSON = new RegExp(`\\b(?:${[...new Set(GIVEN)].join('|')}) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\b`, 'g');

/** Two body paragraphs change places (never the first, which is often the headline). */
function shuffleParagraphs(paras, rand) {
  if (paras.length < 4) return false;
  const swaps = 1 + Math.floor(rand() * 2);
  for (let s = 0; s < swaps; s++) {
    const i = 1 + Math.floor(rand() * (paras.length - 1));
    const j = 1 + Math.floor(rand() * (paras.length - 1));
    [paras[i], paras[j]] = [paras[j], paras[i]];
  }
  return true;
}

/** A sentence of a body paragraph is replaced by one from another text about the same story. */
function borrowSentence(paras, siblings, rand) {
  if (!siblings.length || paras.length < 2) return false;
  const donor = pick(rand, siblings).paragraphs;
  if (donor.length < 2) return false;
  const sentence = pick(rand, splitSentences(pick(rand, donor.slice(1))));
  const p = 1 + Math.floor(rand() * (paras.length - 1));
  const sentences = splitSentences(paras[p]);
  sentences[Math.floor(rand() * sentences.length)] = sentence;
  paras[p] = sentences.join(' ');
  return true;
}

/** One person found in the text becomes a name from the pool, everywhere (full name and surname). */
function renamePerson(paras, rand) {
  const text = paras.join('\n');
  const found = [...new Set([...text.matchAll(PERSON)].map((m) => m[0]))];
  if (!found.length) return false;
  const old = pick(rand, found);
  const oldSurname = old.split(' ')[1];
  const fresh = pick(rand, NEW_NAMES);
  const freshSurname = fresh.split(' ')[1];
  const full = new RegExp(`\\b${old}\\b`, 'g');
  const surname = new RegExp(`\\b${oldSurname}\\b`, 'g');
  for (let i = 0; i < paras.length; i++) paras[i] = paras[i].replace(full, fresh).replace(surname, freshSurname);
  return true;
}

/** A trailing body paragraph is dropped, as when a syndicated copy is cut to length. */
function trimEnd(paras) {
  if (paras.length < 5) return false;
  paras.pop();
  return true;
}

/** One variant of a base text; `rand` decides which edits apply. */
function variant(base, rand) {
  const paras = base.paragraphs.slice();
  if (rand() < 0.5) shuffleParagraphs(paras, rand);
  if (rand() < 0.4) borrowSentence(paras, base.siblings, rand);
  if (rand() < 0.3) renamePerson(paras, rand);
  if (rand() < 0.2) trimEnd(paras);
  if (rand() < 0.6) paras.push(pick(rand, PUBLISHED));
  return paras.join('\n\n') + '\n';
}

/**
 * Base text of article i: the fixture story 15% of the time (it is the kind of coverage the
 * pipeline is built for: inspections, grades, council officials), otherwise any source.
 */
function chooseBase(sources, rand) {
  const fixtures = sources.filter((s) => s.story === 'fixtures');
  return rand() < 0.15 && fixtures.length ? pick(rand, fixtures) : pick(rand, sources);
}

// ---- writing -----------------------------------------------------------------------------------

/**
 * Writes n files into dir, one at a time (only a hash of each is kept, to guarantee that no two
 * files are identical). Article i depends only on (seed, i), so a smaller run's files are a prefix
 * of a larger run's. Returns { files, bytes, retries, forcedUnique }.
 */
export function writeBatch(dir, n, sources, seed) {
  const seen = new Set();
  let bytes = 0, retries = 0, forcedUnique = 0;
  const width = String(n - 1).length;
  for (let i = 0; i < n; i++) {
    const rand = prng(seed ^ Math.imul(i + 1, 0x9e3779b1));
    const base = chooseBase(sources, rand);
    let text = variant(base, rand);
    // a repeat gets more edits; after a few tries a numbered line makes it unique for certain
    for (let tries = 0; seen.has(digest(text)); tries++) {
      if (tries < 5) { retries++; text = variant(base, rand); }
      else { forcedUnique++; text += `\nStory reference ${i}\n`; }
    }
    seen.add(digest(text));
    const name = `a${String(i).padStart(width, '0')}_${base.origin.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60)}.txt`;
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: n, bytes, retries, forcedUnique };
}

const digest = (text) => createHash('sha1').update(text).digest('base64');
