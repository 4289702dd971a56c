#!/usr/bin/env node
// Lists every line of a test file that shares eight consecutive words with an article of a held-apart
// set (fixtures/dev, ../shared/corpus/dev): unit tests use sentences written for the test, so that
// these sets keep measuring how the rules generalise. Exit code 1 when a line does.
//   node scripts/check-test-leaks.mjs [--json]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHINGLE = 8;
export const ARTICLE_DIRS = ['fixtures/dev/articles', '../shared/corpus/dev/articles'];

const words = (text) => text.toLowerCase().normalize('NFKC').replace(/[‘’]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
const shingles = (ws) => ws.slice(0, Math.max(0, ws.length - SHINGLE + 1)).map((_, i) => ws.slice(i, i + SHINGLE).join(' '));
const files = (dir, keep) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(keep).map((f) => path.join(dir, f)).sort();

export function findLeaks(root = ROOT) {
  const seen = new Map();
  for (const dir of ARTICLE_DIRS) {
    const abs = path.join(root, dir);
    if (!existsSync(abs)) throw new Error(`${abs} not found: the leak check needs it (../shared sits beside the checkout)`);
    for (const file of files(abs, (f) => /\.(?:txt|html?)$/.test(f))) {
      for (const s of shingles(words(readFileSync(file, 'utf8')))) if (!seen.has(s)) seen.set(s, path.relative(root, file));
    }
  }
  const leaks = [];
  for (const file of files(path.join(root, 'tests'), (f) => /\.[cm]?[jt]s$/.test(f))) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const hit = shingles(words(line)).find((s) => seen.has(s));
      if (hit) leaks.push({ file: path.relative(root, file), line: i + 1, words: hit, article: seen.get(hit) });
    });
  }
  return leaks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const leaks = findLeaks();
  if (process.argv.includes('--json')) console.log(JSON.stringify(leaks, null, 2));
  else for (const l of leaks) console.log(`${l.file}:${l.line}: "${l.words}" (${l.article})`);
  console.log(`${leaks.length} test line(s) share ${SHINGLE} consecutive words with a held-apart article`);
  process.exit(leaks.length ? 1 : 0);
}
