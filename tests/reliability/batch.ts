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
const NAMES = ['Sarah Jones', 'Amira Khan', 'David Okafor', 'Tom Price', 'Ruth Ellery'];
const MONTHS = ['January', 'March', 'June', 'September', 'November'];

/** n variants of the real fixtures: names, months and paragraph order changed, a dated 'Published' line. */
export function writeBatch(dir: string, n: number, seed = 1): void {
  const texts = readdirSync(FIXTURES).sort().map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'));
  const rand = prng(seed);
  for (let i = 0; i < n; i++) {
    let text = texts[i % texts.length]!;
    const paras = text.split('\n').filter((l) => l.trim());
    for (let k = 1; k < paras.length - 1; k++) if (rand() < 0.25) [paras[k], paras[k + 1]] = [paras[k + 1]!, paras[k]!];
    text = paras.join('\n\n')
      .replace(/Jonathan Lester/g, NAMES[Math.floor(rand() * NAMES.length)]!)
      .replace(/\bJune\b/g, MONTHS[Math.floor(rand() * MONTHS.length)]!);
    writeFileSync(path.join(dir, `article-${String(i).padStart(5, '0')}.txt`), `${text}\n\nPublished: ${1 + (i % 28)}th March 202${i % 5}\n`);
  }
}
