import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../pipeline/helpers.js';

/** Seeded PRNG (mulberry32): generated batches are the same on every run and machine. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIXTURES = path.join(ROOT, 'fixtures', 'articles');
/** People of the fixtures, replaced by one of a few invented names so that people recur across the batch. */
const PEOPLE = ['Jonathan Lester', 'Paul Walker', 'Diana Toynbee', 'Darryl Freeman', 'Ivan Powell', 'Deborah McMillan'];
const NAMES = ['Sarah Jones', 'Amira Khan', 'David Okafor', 'Tom Price', 'Ruth Ellery', 'Megan Hughes', 'Owen Davies', 'Priya Patel'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PLACES = ['Herefordshire', 'Shropshire', 'Worcestershire', 'Gloucestershire'];

/**
 * n variants of the five fixtures, deterministic for a seed: people renamed, months, years and
 * places changed, paragraphs swapped, and a dated 'Published' line. Returns the file names.
 */
export function writeBatch(dir: string, n: number, seed = 1): string[] {
  const texts = readdirSync(FIXTURES).sort().map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'));
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    let text = texts[i % texts.length]!;
    const paras = text.split('\n').filter((l) => l.trim());
    for (let k = 1; k < paras.length - 1; k++) if (rand() < 0.2) [paras[k], paras[k + 1]] = [paras[k + 1]!, paras[k]!];
    text = paras.join(rand() < 0.5 ? '\n' : '\n\n');
    for (const person of PEOPLE) if (rand() < 0.5) text = text.replaceAll(person, pick(NAMES));
    const month = pick(MONTHS), year = 2019 + Math.floor(rand() * 7), place = pick(PLACES);
    text = text.replace(/\b(?:June|September|November)\b/g, month).replace(/\b202[2-5]\b/g, String(year)).replaceAll('Herefordshire', place);
    const name = `article-${String(i).padStart(5, '0')}.txt`;
    writeFileSync(path.join(dir, name), `${text}\n\nPublished: ${1 + Math.floor(rand() * 28)} ${pick(MONTHS)} ${year}\n`);
    names.push(name);
  }
  return names;
}
