import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipelineFingerprint } from './fingerprint.js';

/** The package version, read once from package.json (one level up from dist/ or src/). */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Fingerprint of the code and data that extract (see pipelineFingerprint); a record made by others is stale. */
export const PIPELINE_ID: string = pipelineFingerprint(path.dirname(fileURLToPath(import.meta.url)), VERSION);

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
