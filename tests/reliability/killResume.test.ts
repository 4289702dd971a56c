import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleRecordSchema, EventSchema, ManifestSchema, RegistryOfficialSchema } from '../../src/schema/index.js';
import { CLI, recordCount, ROOT, runCliOk, snapshot, tempDir } from '../pipeline/helpers.js';
import { prng, writeBatch } from './batch.js';

const N = 2000;

function start(input: string, out: string) {
  const child = spawn(process.execPath, [CLI, 'extract', input, '--out', out, '--concurrency', '2', '--quiet'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, exited };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every file below out: complete, valid JSON, or the whole report (temporary '.*.tmp' files aside). Returns how many records there are. */
function checkNoPartialFile(out: string): number {
  let records = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) { walk(file); continue; }
      if (/^\..*\.tmp$/.test(name)) continue;
      const text = readFileSync(file, 'utf8');
      expect(text.endsWith('\n'), `${file} is cut short`).toBe(true);
      if (name === 'report.html') { expect(text.endsWith('</html>\n'), `${file} is cut short`).toBe(true); continue; }
      let value: unknown;
      expect(() => { value = JSON.parse(text); }, `${file} is not complete JSON`).not.toThrow();
      const rel = path.relative(out, file);
      if (rel.startsWith('articles')) { ArticleRecordSchema.parse(value); records++; }
      else if (rel === 'manifest.json') ManifestSchema.parse(value);
      else if (rel === 'events.json') EventSchema.array().parse(value);
      else if (rel === 'officials.json') RegistryOfficialSchema.array().parse(value);
    }
  };
  if (existsSync(out)) walk(out);
  return records;
}

describe(`killed and interrupted runs over ${N} articles`, () => {
  let input: string, outA: string, fullMs: number;

  beforeAll(() => {
    input = tempDir('kill-in');
    writeBatch(input, N, 3);
    outA = tempDir('kill-a');
    const t0 = Date.now();
    runCliOk(['extract', input, '--out', outA, '--concurrency', '2', '--quiet']);
    fullMs = Date.now() - t0;
  }, 180_000);

  it('SIGKILL at five seeded moments never leaves a partial file, and the resumed run equals an uninterrupted one', async () => {
    const outB = tempDir('kill-b');
    const rand = prng(42);
    const seen: string[] = [];
    let interrupted = 0;
    for (let k = 0; k < 5; k++) {
      // a moment in the run's progress, not in time: a resumed run skips what is done, so a delay would often land after it ended
      const before = recordCount(outB);
      const target = before + Math.round((N - before) * (0.05 + rand() * 0.6));
      const { child, exited } = start(input, outB);
      let ended = false;
      void exited.then(() => { ended = true; });
      while (!ended && recordCount(outB) < target) await sleep(20);
      child.kill('SIGKILL');
      const { signal, code } = await exited;
      if (signal === 'SIGKILL') interrupted++;
      const records = checkNoPartialFile(outB);
      seen.push(`kill ${k + 1} at ${target} records: ${signal ?? `exit ${code}`}, ${records} records`);
    }
    console.log(`full run ${fullMs} ms; ${interrupted} of 5 kills interrupted a run; ${seen.join('; ')}`);
    expect(interrupted, seen.join('\n')).toBeGreaterThanOrEqual(3);
    const final = start(input, outB);
    const done = await final.exited;
    expect(done.code, done.stderr.slice(-2000)).toBe(0);
    checkNoPartialFile(outB);
    expect(snapshot(outB)).toEqual(snapshot(outA));
  }, 240_000);

  it('SIGINT stops with exit 130 and run.interrupted, and the next run reuses the records and equals an uninterrupted one', async () => {
    const outC = tempDir('int-c');
    const { child, exited } = start(input, outC);
    // wait until the run is well under way, then Ctrl-C once
    for (let t = 0; t < 60_000 && recordCount(outC) < 200; t += 50) await sleep(50);
    child.kill('SIGINT');
    const stopped = await exited;
    expect(stopped.code, stopped.stderr.slice(-2000)).toBe(130);
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(outC, 'manifest.json'), 'utf8')));
    expect(manifest.run.interrupted).toBe(true);
    expect(manifest.inputs.length).toBeLessThan(N);
    const written = checkNoPartialFile(outC);
    expect(written).toBeGreaterThan(0);

    const resumed = start(input, outC);
    const done = await resumed.exited;
    expect(done.code, done.stderr.slice(-2000)).toBe(0);
    const after = ManifestSchema.parse(JSON.parse(readFileSync(path.join(outC, 'manifest.json'), 'utf8')));
    expect(after.run.interrupted).toBe(false);
    expect(after.run.reused).toBeGreaterThanOrEqual(written);
    expect(snapshot(outC)).toEqual(snapshot(outA));
  }, 240_000);
});
