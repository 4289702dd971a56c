import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package version, read once from package.json (one level up from dist/ or src/). */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Fingerprint of the code that extracts: the version and a hash of every compiled module. A record
 * made by other code is stale, even if nobody bumped the version; resuming reprocesses it.
 */
export const PIPELINE_ID: string = `${VERSION}+${codeHash(path.dirname(fileURLToPath(import.meta.url)))}`;

function codeHash(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    // the command line and the evaluator do not shape records
    .filter((f) => /\.(?:js|ts)$/.test(f) && !f.endsWith('.d.ts') && !/^(?:cli|eval)[\\/]/.test(f))
    .sort();
  for (const f of files) hash.update(f).update('\0').update(readFileSync(path.join(dir, f))).update('\0');
  return hash.digest('hex').slice(0, 12);
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
