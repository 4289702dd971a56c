import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';
import { ingest } from '../../src/ingest/index.js';
import { detectLanguage } from '../../src/ingest/language.js';
import { extractArticle } from '../../src/pipeline/extractArticle.js';
import { ROOT } from './helpers.js';

const SHARED = path.resolve(ROOT, '..', 'shared');
const SCRAPINGHUB = path.join(SHARED, 'bench', 'scrapinghub', 'html');

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** The cleaned body of an article file, text or HTML, gzipped or not: what the test sees in the pipeline. */
function body(file: string): string {
  const bytes = readFileSync(file);
  const name = file.replace(/\.gz$/, '');
  const doc = ingest(file.endsWith('.gz') ? gunzipSync(bytes) : bytes, name);
  return cleanText(doc.text, { metadata: doc.metadata, fromHtml: doc.format === 'html' }).body;
}

/** The ScrapingHub pages not in English (by the first 12 characters of their names): Korean, Japanese, Russian, Portuguese, Italian, German, Indonesian. */
const SCRAPINGHUB_NOT_ENGLISH = [
  '0ec95c7261d1', '11ea381ad92b', '20b2b64916b0', '21486419bb10', '23aaecd14171', '3252222e61fe', '3c6d3381ef52', '57b4dafd18cf', '7837c9d66c81', '85439e26c41c',
  '9da36ae4714b', 'b3c19dd5f061', 'b6fb53e9fb04', 'ba07d1e64775', 'c4a3637c6696', 'c82b3d1d540b', 'cc03ddb5ef7d', 'f105de6e63ca', 'f6ac15a4d985', 'ff0f958ade71',
];

describe('language', () => {
  it('never marks an English article otherwise: every fixture, the dev corpus, the PolNeAR texts', () => {
    const english = [
      ...files(path.join(ROOT, 'fixtures')).filter((f) => /\/(?:articles|pages)\/.+\.(?:txt|html?)(?:\.gz)?$/.test(f)),
      ...files(path.join(SHARED, 'corpus', 'dev', 'articles')),
      ...files(path.join(SHARED, 'bench', 'polnear')).filter((f) => f.endsWith('.txt')),
    ];
    expect(english.length).toBeGreaterThan(1000);
    const marked = english.filter((f) => detectLanguage(body(f)).language !== 'en');
    expect(marked).toEqual([]);
  });

  it('marks exactly the ScrapingHub pages that are not in English', () => {
    const pages = files(SCRAPINGHUB);
    expect(pages).toHaveLength(181);
    const marked = pages.filter((f) => detectLanguage(body(f)).language !== 'en').map((f) => path.basename(f).slice(0, 12));
    expect(marked).toEqual(SCRAPINGHUB_NOT_ENGLISH);
  });

  it('names the language where its script or its function words tell it', () => {
    const guess = (id: string) => detectLanguage(body(files(SCRAPINGHUB).find((f) => path.basename(f).startsWith(id))!)).language;
    expect(['0ec95c7261d1', '85439e26c41c', '7837c9d66c81', '57b4dafd18cf', '23aaecd14171', 'c82b3d1d540b'].map(guess)).toEqual(['ko', 'ja', 'id', 'de', 'pt', 'und']);
  });

  it('takes a text too short to tell for English, and a list of names and scores in English for English', () => {
    expect(detectLanguage('Sebelum Islam pecah').language).toBe('en');
    const scores = Array.from({ length: 12 }, (_, i) => `Tolivert ${i + 10} points. Bozeman ${i} points.`).join(' ');
    expect(detectLanguage(scores).language).toBe('en');
  });

  it('skips the English-only extractions of a page in another language, and says why', () => {
    for (const id of ['0ec95c7261d1', '7837c9d66c81']) {
      const file = files(SCRAPINGHUB).find((f) => path.basename(f).startsWith(id))!;
      const record = extractArticle(gunzipSync(readFileSync(file)), { fileName: 'page.html' });
      expect(record.language).not.toBe('en');
      expect(record.skipped).toMatch(/^not English \((?:ko|id); \d+% of its first \d+ words are English function words\): dates, ratings, officials, quotes and events are not extracted$/);
      expect([record.dates, record.ratings, record.officials, record.quotes, record.events]).toEqual([[], [], [], [], []]);
      expect(record.body.length).toBeGreaterThan(500);
    }
  });
});
