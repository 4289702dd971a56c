import { existsSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationReport } from '../../src/eval/index.js';
import { ROOT, runCliOk, tempDir } from '../pipeline/helpers.js';
import { GATE, type GateSet } from './floors.js';

/**
 * The quality gate: a fresh run over each annotated set, scored by the project's evaluator, must meet
 * the floors of floors.ts; and the evaluator must agree with the reference scorer on every set.
 */
const SHARED = path.resolve(ROOT, '..', 'shared');
const REFERENCE = path.join(SHARED, 'eval', 'score.mjs');
const NEEDS_SHARED = `needs ${SHARED} beside the checkout (the real-article corpus and the reference scorer; CI has it)`;

interface Run { set: GateSet; out: string; report: EvaluationReport }

const runs = new Map<string, Run>();
/** Each set is extracted once, on first use. */
function run(name: string): Run {
  let r = runs.get(name);
  if (!r) {
    const set = GATE[name]!;
    if (set.shared && !existsSync(SHARED)) throw new Error(NEEDS_SHARED);
    const out = tempDir('gate');
    runCliOk(['extract', set.articles, '--out', path.join(out, 'run'), '--quiet', ...(set.meta ? ['--meta', set.meta] : [])]);
    const report = evaluate({ goldDir: path.join(ROOT, set.gold), articlesDir: path.join(ROOT, set.articles), outDir: path.join(out, 'run') });
    runs.set(name, (r = { set, out: path.join(out, 'run'), report }));
  }
  return r;
}

describe.each(Object.keys(GATE))('quality gate: %s', (name) => {
  const set = GATE[name]!;
  it.each(Object.entries(set.floors))('%s >= %s', (key, floor) => {
    const { report } = run(name);
    expect(report.headline[key], `${key} on ${name} fell below its floor; the misses:\n${report.problems.join('\n')}`).toBeGreaterThanOrEqual(floor);
  });
  it.each(Object.entries(set.ceilings))('%s <= %s', (key, ceiling) => {
    const { report } = run(name);
    expect(report.headline[key], report.problems.join('\n')).toBeLessThanOrEqual(ceiling);
  });

  it('agrees with the reference scorer', () => {
    expect(existsSync(REFERENCE), NEEDS_SHARED).toBe(true);
    const { report, out } = run(name);
    const ref = JSON.parse(execFileSync(process.execPath, [REFERENCE, '--gold', set.gold, '--articles', set.articles, '--out', out, '--json'], { cwd: ROOT, encoding: 'utf8' }));
    expect(report.headline).toEqual(ref.headline);
    expect(report.problems).toEqual(ref.problems);
  });
});

describe('quality gate: the fixtures in detail', () => {
  it('finds all eight core events (inspections, visits, reports, meetings), none split, and the nine officials once each', () => {
    const { report } = run('fixtures');
    expect(report.summary.events).toMatchObject({ gold: 8, found: 8, duplicates: 0 });
    expect(report.summary.registry).toMatchObject({ gold: 9, found: 9, duplicates: 0, extra: 0 });
  });
});
