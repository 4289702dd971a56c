#!/usr/bin/env node
// Writes compromise's lexicon (word -> part-of-speech tags, some 24,600 words and given names) to
// src/extract/shared/lexicon.json, keys sorted so that a new compromise version shows as a readable diff.
// The extractors read the JSON (about 12 ms) instead of importing compromise (about 215 ms, in every
// worker): they use its lexicon, not its tagger. Run `npm run lexicon` after upgrading compromise;
// tests/extract/lexicon.test.ts fails until then.
import { writeFileSync } from 'node:fs';
import nlp from 'compromise/two';

const lexicon = nlp.model().one.lexicon;
const sorted = Object.fromEntries(Object.keys(lexicon).sort().map((word) => [word, lexicon[word]]));
const file = new URL('../src/extract/shared/lexicon.json', import.meta.url);
writeFileSync(file, JSON.stringify(sorted, null, 0).replace(/,"/g, ',\n"') + '\n');
console.log(`${Object.keys(sorted).length} words -> ${file.pathname}`);
