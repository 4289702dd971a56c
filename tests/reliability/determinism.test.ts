import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliOk, snapshot, tempDir } from '../pipeline/helpers.js';
import { writeBatch } from './batch.js';

/**
 * The same inputs give byte-identical output whatever the concurrency and the order in which the
 * files were written to the folder (which is the order a directory listing may return them in).
 */
describe('deterministic output over a generated batch', () => {
  it('is byte-identical at concurrency 1 and 16, and with the files created in reverse order', { timeout: 300_000 }, () => {
    const input = tempDir('det-in');
    const names = writeBatch(input, 300, 11);
    const reversed = tempDir('det-rev');
    for (const name of [...names].reverse()) writeFileSync(path.join(reversed, name), readFileSync(path.join(input, name)));

    const runs = [[input, '1'], [input, '16'], [reversed, '4']].map(([dir, concurrency]) => {
      const out = tempDir('det-out');
      runCliOk(['extract', dir!, '--out', out, '--concurrency', concurrency!, '--quiet']);
      return snapshot(out);
    });
    expect(readdirSync(input).length).toBe(300);
    expect(Object.keys(runs[0]!).length).toBeGreaterThan(300); // every record, plus the merged files and the manifest
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });
});
