import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  ArticleRecordSchema, BodySchema, EventSchema, ManifestSchema, RegistryOfficialSchema,
  type ArticleRecord, type Body, type Event, type Manifest, type RegistryOfficial,
} from '../schema/index.js';

/** An output folder that cannot be read: not one of ours, or a file in it missing or invalid. The message says which. */
export class OutputFolderError extends Error {}

/** What an extract run wrote, read back through the schemas: the merged files at once, the records one at a time. */
export interface OutputFolder {
  dir: string;
  manifest: Manifest;
  events: Event[];
  officials: RegistryOfficial[];
  bodies: Body[];
  /** Ids of the records the manifest lists as written, sorted. */
  ids: string[];
  /** The records, in id order, read and validated one at a time so that a large batch never sits in memory. */
  records(): Generator<ArticleRecord>;
}

/** An output folder's manifest, of a run that finished: an interrupted run's merged files and records are not all there. */
export function readManifest(dir: string): Manifest {
  const manifest = readJson(dir, 'manifest.json', ManifestSchema,
    `${dir} is not a newsfacts output folder (no manifest.json): give the --out folder of an extract run`);
  if (manifest.run.interrupted) throw new OutputFolderError(`${dir}: its last extract run was interrupted, so its output is not complete; run extract again first`);
  return manifest;
}

export function readOutputFolder(dir: string): OutputFolder {
  const manifest = readManifest(dir);
  const events = readJson(dir, 'events.json', z.array(EventSchema));
  const officials = readJson(dir, 'officials.json', z.array(RegistryOfficialSchema));
  const bodies = readJson(dir, 'bodies.json', z.array(BodySchema));
  const ids = manifest.inputs.flatMap((i) => (i.status === 'ok' && i.id ? [i.id] : [])).sort();
  return {
    dir, manifest, events, officials, bodies, ids,
    *records() {
      for (const id of ids) yield readJson(dir, path.join('articles', `${id}.json`), ArticleRecordSchema);
    },
  };
}

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>, missing?: string): T {
  let text: string;
  try {
    text = readFileSync(path.join(dir, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new OutputFolderError(code === 'ENOENT' ? missing ?? `${path.join(dir, file)} is missing: run extract again` : `${path.join(dir, file)}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new OutputFolderError(`${path.join(dir, file)} is not JSON: run extract again`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new OutputFolderError(`${path.join(dir, file)} does not match its schema (${issue.path.join('.') || 'top level'}: ${issue.message}): written by another version? run extract again`);
  }
  return parsed.data;
}
