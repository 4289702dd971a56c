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
 * The inputs of a folder, sorted, held compactly: one string per file (its source), with the few
 * ids that are not the plain stem and the few skip reasons kept aside. A batch of 100,000 files
 * keeps about 8 MB for this where a list of InputFile objects kept about 47 MB; `at` makes the
 * InputFile of one entry when it is dispatched.
 */
export class FolderInputs {
  private constructor(
    private readonly root: string,
    private readonly sources: string[],
    private readonly skips: ReadonlyMap<string, string>,
    private readonly otherIds: ReadonlyMap<number, string>,
  ) {}

  /**
   * The files of a folder, recursively. Hidden files and folders are left out (each listed once, with
   * the reason). Symbolic links are not followed, so a batch never reads outside its folder, and pipes
   * and devices are not opened (a read could block for ever); both are listed with the reason.
   * Entries are read as a stream (fs.opendir), never as one array of every entry.
   */
  static async read(dir: string): Promise<FolderInputs> {
    const root = path.resolve(dir);
    const sources: string[] = [];
    const skips = new Map<string, string>();
    async function walk(rel: string): Promise<void> {
      // entries per read: the default (32) makes listing 100,000 files take half again as long
      for await (const e of await fs.opendir(path.join(root, rel), { bufferSize: 1024 })) {
        const source = rel ? `${rel}/${e.name}` : e.name;
        if (e.name.startsWith('.')) skips.set(source, e.isDirectory() ? 'hidden folder (left out)' : 'hidden file (left out)');
        else if (e.isDirectory()) { await walk(source); continue; }
        else if (e.isSymbolicLink()) skips.set(source, 'symbolic link (not followed)');
        else if (!e.isFile()) skips.set(source, 'not a regular file (pipe, socket or device)');
        sources.push(source);
      }
    }
    await walk('');
    sources.sort(compareSources);
    return new FolderInputs(root, sources, skips, idsOtherThanStem(sources));
  }

  get length(): number {
    return this.sources.length;
  }

  at(i: number): InputFile {
    const source = this.sources[i]!;
    const skip = this.skips.get(source);
    // concatenated, not path.join: its result keeps a few hundred bytes a string
    return { source, path: `${this.root}${path.sep}${source}`, id: this.otherIds.get(i) ?? stem(source), ...(skip ? { skip } : {}) };
  }
}

const compareSources = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The files of a folder as InputFile entries (see FolderInputs.read). */
export async function listInputs(dir: string): Promise<InputFile[]> {
  const inputs = await FolderInputs.read(dir);
  return Array.from({ length: inputs.length }, (_, i) => inputs.at(i));
}

/** '<name without extension>', made safe as a file name; two inputs with one stem keep their extensions. */
export function assignIds<T extends { source: string }>(files: T[]): Array<T & { id: string }> {
  const other = idsOtherThanStem(files.map((f) => f.source));
  return files.map((f, i) => ({ ...f, id: other.get(i) ?? stem(f.source) }));
}

const stem = (s: string) => safeId(KNOWN_EXTENSIONS.test(s) ? s.replace(KNOWN_EXTENSIONS, '') : s.replace(/\.[^./]*$/, ''));

/** The ids that differ from their source's stem, by index: sources that share a stem, or whose safe names meet. */
function idsOtherThanStem(sources: readonly string[]): Map<number, string> {
  const tally = (ids: Iterable<string>) => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  const stemCounts = tally(sources.map(stem));
  const other = new Map<number, string>();
  sources.forEach((s, i) => { if (stemCounts.get(stem(s))! > 1) other.set(i, safeId(s)); });
  // making names safe can still join two ('a:b.txt' and 'a_b.txt'): those keep a hash of their source
  const idCounts = tally(sources.map((s, i) => other.get(i) ?? stem(s)));
  sources.forEach((s, i) => {
    const id = other.get(i) ?? stem(s);
    if (idCounts.get(id)! > 1) other.set(i, `${id}-${hash(s)}`);
  });
  return other;
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
