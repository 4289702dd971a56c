import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ArticleRecordSchema, EventSchema, ManifestSchema, RegistryOfficialSchema } from '../schema/index.js';
import { toJson } from '../pipeline/index.js';

export { toJson } from '../pipeline/index.js';

/** Writes to a temporary name in the same folder, then renames: a reader never sees half a file. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, content);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

export const SCHEMAS = {
  'article.schema.json': ArticleRecordSchema,
  'events.schema.json': z.array(EventSchema),
  'officials.schema.json': z.array(RegistryOfficialSchema),
  'manifest.schema.json': ManifestSchema,
} as const;

/** The JSON Schema of every output file, generated from the zod schemas that type the code. */
export async function writeSchemas(outDir: string): Promise<void> {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    await writeAtomic(path.join(outDir, 'schema', name), toJson(z.toJSONSchema(schema)));
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
