import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ArticleRecordSchema, EventSchema, ManifestSchema, RegistryOfficialSchema } from '../schema/index.js';
import { toJson } from '../pipeline/records.js';
import { writeAtomic } from '../pipeline/writeAtomic.js';

export { jsonChunks, toJson } from '../pipeline/records.js';
export { writeAtomic } from '../pipeline/writeAtomic.js';

export const SCHEMAS = {
  'article.schema.json': ArticleRecordSchema,
  'events.schema.json': z.array(EventSchema),
  'officials.schema.json': z.array(RegistryOfficialSchema),
  'manifest.schema.json': ManifestSchema,
} as const;

/** The JSON Schema of every output file, generated from the zod schemas that type the code. */
export function writeSchemas(outDir: string): void {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    writeAtomic(path.join(outDir, 'schema', name), toJson(z.toJSONSchema(schema)));
  }
}

/**
 * Removes article records that this run did not produce (inputs deleted since the last run) and
 * temporary files a killed run left behind.
 */
export async function removeStale(outDir: string, articlesDir: string, keep: ReadonlySet<string>): Promise<void> {
  for (const dir of [outDir, articlesDir]) {
    let files: Dirent[];
    try { files = await fs.readdir(dir, { withFileTypes: true }); } catch { continue; }
    for (const f of files) {
      if (!f.isFile()) continue; // only files this tool writes: a folder in the way is the user's
      const stale = f.name.endsWith('.tmp') || (dir === articlesDir && f.name.endsWith('.json') && !keep.has(f.name.slice(0, -5)));
      if (stale) await fs.rm(path.join(dir, f.name), { force: true });
    }
  }
}
