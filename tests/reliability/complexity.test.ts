import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../pipeline/helpers.js';

/**
 * Catastrophic backtracking and quadratic loops show as super-linear growth. Each pattern family
 * runs on adversarial strings of 16 KB, 64 KB, 256 KB and 1 MB (median of 3 from 64 KB on): from
 * 256 KB to 1 MB, time must grow less than MAX_GROWTH (12×; linear is 4×, quadratic 16×). Times
 * under FLOOR_MS are 'fast enough', not growth.
 *
 * The functions run in a worker thread (the built library, dist/, so run `npm run build` first):
 * a run that goes past its growth budget is stopped there instead of running for hours, and
 * counts as a failure. The 16 KB run is only a guard (GUARD_MS) against such a wait.
 */
const FLOOR_MS = 20;
const MAX_GROWTH = 12;
const GUARD_MS = 5_000;
const DIST = path.join(ROOT, 'dist/index.js');

const PATTERNS: Record<string, string> = {
  spaces: ' ', digits: '2024 ', 'digit run': '7', 'straight quotes': '"', 'curly quotes': '\u201c\u2018\u2019\u201d',
  'short quotes': '\u201ca\u201d ', capitals: 'Aa ', said: 'said ', months: 'March ', commas: ',', apostrophes: "children's ",
  cllr: 'Cllr ', 'div nesting': '<div>',
};
const FAMILIES = ['cleanText', 'extractDates', 'extractRatings', 'findPeople', 'extractQuotes', 'extractHtml', 'extractArticle', 'processArticle'];
const SIZES = [{ label: '16 KB', bytes: 16 << 10, reps: 1 }, { label: '64 KB', bytes: 64 << 10, reps: 1 },
  { label: '256 KB', bytes: 256 << 10, reps: 3 }, { label: '1 MB', bytes: 1 << 20, reps: 3 }];

/** One worker per family; replaced when a run is stopped. */
class Timer {
  private worker: Worker | null = null;
  private async start(): Promise<Worker> {
    const w = new Worker(new URL('./complexityWorker.mjs', import.meta.url), { workerData: { dist: new URL(`file://${DIST}`).href } });
    await new Promise<void>((resolve, reject) => {
      w.once('message', () => resolve());
      w.once('error', reject);
    });
    return w;
  }
  /** Median of `reps` runs, or null when one run went past capMs (the worker is then stopped). */
  async time(family: string, unit: string, bytes: number, reps: number, capMs: number): Promise<number | null> {
    const w = (this.worker ??= await this.start());
    const times: number[] = [];
    const ok = await new Promise<boolean>((resolve, reject) => {
      let timer = setTimeout(() => resolve(false), capMs);
      const onMessage = (m: { ms: number }) => {
        clearTimeout(timer);
        times.push(m.ms);
        if (m.ms > capMs) return resolve(false);
        if (times.length === reps) return resolve(true);
        timer = setTimeout(() => resolve(false), capMs);
      };
      w.on('message', onMessage);
      w.once('error', reject);
      w.postMessage({ family, unit, bytes, reps });
    }).finally(() => w.removeAllListeners('message').removeAllListeners('error'));
    if (!ok) {
      await this.close();
      return null;
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  }
  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

const rows: string[] = [];

describe('no pattern family grows super-linearly', () => {
  afterAll(() => {
    const head = `${'family'.padEnd(15)} ${'input'.padEnd(16)} ${SIZES.map((s) => s.label.padStart(9)).join(' ')}   1MB/256KB`;
    console.log(`complexity (ms, median of 3 from 256 KB; '>N' = stopped past its budget of N ms)\n${head}\n${rows.join('\n')}`);
  });

  for (const family of FAMILIES) {
    it(family, async () => {
      expect(existsSync(DIST), 'dist/index.js missing: run npm run build').toBe(true);
      const timer = new Timer();
      const failures: string[] = [];
      try {
        for (const [name, unit] of Object.entries(PATTERNS)) {
          const cells: string[] = [];
          const times: number[] = [];
          let failed: string | null = null;
          for (const [k, size] of SIZES.entries()) {
            // the growth budget of this step, doubled for noise: past it, the bar below fails anyway
            const cap = k === 0 ? GUARD_MS : 2 * MAX_GROWTH * Math.max(times[k - 1]!, FLOOR_MS);
            const ms = await timer.time(family, unit, size.bytes, size.reps, cap);
            if (ms === null) {
              cells.push(`>${Math.round(cap)}`.padStart(9));
              failed = k === 0
                ? `${size.label} took more than ${GUARD_MS} ms`
                : `${size.label} took more than ${Math.round(cap)} ms after ${Math.round(times[k - 1]!)} ms at ${SIZES[k - 1]!.label} (growth > ${(cap / Math.max(times[k - 1]!, FLOOR_MS)).toFixed(0)}× for 4× the input)`;
              break;
            }
            times.push(ms);
            cells.push(ms.toFixed(1).padStart(9));
          }
          while (cells.length < SIZES.length) cells.push('-'.padStart(9));
          let ratio = '';
          if (!failed) {
            const [t256, t1m] = [times[2]!, times[3]!];
            const growth = t1m / Math.max(t256, FLOOR_MS);
            ratio = t1m < FLOOR_MS ? 'fast' : growth.toFixed(1);
            if (t1m >= FLOOR_MS && growth >= MAX_GROWTH) failed = `256 KB ${t256.toFixed(0)} ms -> 1 MB ${t1m.toFixed(0)} ms (${growth.toFixed(1)}×)`;
          }
          rows.push(`${family.padEnd(15)} ${name.padEnd(16)} ${cells.join(' ')}   ${failed ? `SUPER-LINEAR ${ratio}` : ratio}`);
          if (failed) failures.push(`${family} on ${JSON.stringify(unit)} repeated (${name}): ${failed}`);
        }
      } finally {
        await timer.close();
      }
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
