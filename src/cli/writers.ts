import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ArticleRecordSchema, BodySchema, EventSchema, ManifestSchema, RegistryOfficialSchema } from '../schema/index.js';
import { jsonChunks, toJson } from '../pipeline/records.js';
import { writeAtomic } from '../pipeline/writeAtomic.js';
import type { MergedBatch } from '../merge/index.js';

export { jsonChunks, toJson } from '../pipeline/records.js';
export { writeAtomic } from '../pipeline/writeAtomic.js';

export const SCHEMAS = {
  'article.schema.json': ArticleRecordSchema,
  'events.schema.json': z.array(EventSchema),
  'officials.schema.json': z.array(RegistryOfficialSchema),
  'bodies.schema.json': z.array(BodySchema),
  'manifest.schema.json': ManifestSchema,
} as const;

/** The JSON Schema of every output file, generated from the zod schemas that type the code. */
export function writeSchemas(outDir: string): void {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    writeAtomic(path.join(outDir, 'schema', name), toJson(z.toJSONSchema(schema)));
  }
}

/** The files of a merged batch, each named after its key ('events' → events.json), and the schemas. */
export function writeMerged(outDir: string, merged: MergedBatch): void {
  for (const [name, list] of Object.entries(merged)) writeAtomic(path.join(outDir, `${name}.json`), jsonChunks(list));
  writeSchemas(outDir);
}

/** The temporary name writeAtomic gives a file while it is written: '.<name>.<pid>-<thread>.tmp'. */
const OWN_TEMPORARY = /^\..+\.\d+-\d+\.tmp$/;

/**
 * Removes the records the last run wrote (`written`, from its manifest) that this run did not produce
 * (inputs deleted since), and temporary files a killed run left behind. Nothing else: a file this tool
 * did not write stays, whatever its name.
 */
export async function removeStale(outDir: string, articlesDir: string, keep: ReadonlySet<string>, written: ReadonlySet<string>): Promise<void> {
  for (const dir of [outDir, articlesDir, path.join(outDir, 'schema')]) {
    let files: Dirent[];
    try { files = await fs.readdir(dir, { withFileTypes: true }); } catch { continue; }
    for (const f of files) {
      if (!f.isFile()) continue; // only files this tool writes: a folder in the way is the user's
      const id = dir === articlesDir && f.name.endsWith('.json') ? f.name.slice(0, -5) : null;
      const stale = OWN_TEMPORARY.test(f.name) || (id !== null && written.has(id) && !keep.has(id));
      if (stale) await fs.rm(path.join(dir, f.name), { force: true });
    }
  }
}
