import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

export interface InputFile {
  /** Path relative to the input folder, with '/' separators. */
  source: string;
  /** Absolute path to read. */
  path: string;
  id: string;
  /** Why the entry is not read at all (a symbolic link, a pipe); it still gets a manifest entry. */
  skip?: string;
}

const KNOWN_EXTENSIONS = /\.(?:txt|text|md|html?|xhtml)(?:\.gz)?$/i;

/**
 * The files of a folder, recursively, sorted, with their record ids. Hidden files and folders are
 * left out (each listed once, with the reason). Symbolic links are not followed, so a batch never reads outside its folder, and pipes and devices
 * are not opened (a read could block for ever); both are listed with the reason.
 */
export async function listInputs(dir: string): Promise<InputFile[]> {
  const root = path.resolve(dir);
  const found: Array<{ source: string; path: string; skip?: string }> = [];
  async function walk(rel: string): Promise<void> {
    const entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
    for (const e of entries) {
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      // concatenated, not path.join: its result keeps a few hundred bytes a string, 40 MB over 100,000 files
      const entry = { source: relPath, path: `${root}${path.sep}${relPath}` };
      if (e.name.startsWith('.')) found.push({ ...entry, skip: e.isDirectory() ? 'hidden folder (left out)' : 'hidden file (left out)' });
      else if (e.isDirectory()) await walk(relPath);
      else if (e.isFile()) found.push(entry);
      else if (e.isSymbolicLink()) found.push({ ...entry, skip: 'symbolic link (not followed)' });
      else found.push({ ...entry, skip: 'not a regular file (pipe, socket or device)' });
    }
  }
  await walk('');
  found.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  return assignIds(found);
}

/** '<name without extension>', made safe as a file name; two inputs with one stem keep their extensions. */
export function assignIds<T extends { source: string }>(files: T[]): Array<T & { id: string }> {
  const stem = (s: string) => safeId(KNOWN_EXTENSIONS.test(s) ? s.replace(KNOWN_EXTENSIONS, '') : s.replace(/\.[^./]*$/, ''));
  const tally = (ids: string[]) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());
  const stems = files.map((f) => stem(f.source));
  const stemCounts = tally(stems);
  const ids = files.map((f, i) => (stemCounts.get(stems[i]!)! > 1 ? safeId(f.source) : stems[i]!));
  // making names safe can still join two ('a:b.txt' and 'a_b.txt'): those keep a hash of their source
  const idCounts = tally(ids);
  return files.map((f, i) => ({ ...f, id: idCounts.get(ids[i]!)! > 1 ? `${ids[i]}-${hash(f.source)}` : ids[i]! }));
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 8);

/** File systems allow 255 bytes a name; the record adds '.json' and a temporary suffix while it is written. */
const MAX_ID_BYTES = 160;

/**
 * Ids become file names in the output folder: no separators, no NUL, no leading dot or dash, and
 * short enough in bytes; a shortened id keeps a hash of the whole name, so two long names stay apart.
 */
export function safeId(s: string): string {
  const id = s.replace(/[\/\\]/g, '__').replace(/[\u0000-\u001f<>:"|?*]/g, '_').replace(/^[.\-]+/, '_') || '_';
  if (Buffer.byteLength(id) <= MAX_ID_BYTES) return id;
  const chars = Array.from(id).slice(0, MAX_ID_BYTES); // whole code points, never half a surrogate pair
  while (Buffer.byteLength(chars.join('')) > MAX_ID_BYTES - 9) chars.pop();
  return `${chars.join('')}-${hash(s)}`;
}
