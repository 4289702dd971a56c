#!/usr/bin/env node
// Extracts the files named in a list file (one path a line) on this process's main thread and prints
// the milliseconds it took; bench/pipeline.mjs runs it alone and twice at once to measure how far
// this machine's cores scale the same work (the ceiling of any worker pool here).
import { readFileSync } from 'node:fs';
import { processArticle } from '../../dist/index.js';

const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
processArticle(readFileSync(files[0]), { fileName: files[0] }); // warm-up, as a worker's first article
const t0 = performance.now();
for (const f of files) {
  try { processArticle(readFileSync(f), { fileName: f }); } catch { /* an input error costs what it costs */ }
}
console.log(Math.round(performance.now() - t0));
