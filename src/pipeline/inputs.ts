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
 * The inputs of a folder (or of a single file), sorted, held compactly: one string per file (its
 * source), with the few skip reasons kept aside. A batch of 100,000 files keeps about 8 MB for this
 * where a list of InputFile objects kept about 47 MB; `at` makes the InputFile of one entry when it is
 * dispatched.
 *
 * A record's id is the file's path in the folder without its extension, made safe as a file name
 * ('2024/page.html' is '2024__page'), whatever else the folder holds: adding a file never renames
 * another's record. Two files that would share an id ('page.html' and 'page.txt') cannot both have
 * it: the first in path order is read, the other gets an error entry naming it.
 */
export class FolderInputs {
  private constructor(
    private readonly root: string,
    private readonly sources: string[],
    private readonly skips: ReadonlyMap<string, string>,
  ) {}

  /**
   * The files of a folder, recursively, or the one file `dir` names. Hidden files and folders are left
   * out, as a shell's `*` leaves them out. Symbolic links are not followed, so a batch never reads
   * outside its folder, and pipes and devices are not opened (a read could block for ever); both are
   * listed with the reason. Entries are read as a stream (fs.opendir), never as one array of every entry.
   */
  static async read(dir: string): Promise<FolderInputs> {
    const given = path.resolve(dir);
    if (!(await fs.stat(given)).isDirectory()) return new FolderInputs(path.dirname(given), [path.basename(given)], new Map());
    const sources: string[] = [];
    const skips = new Map<string, string>();
    async function walk(rel: string): Promise<void> {
      // entries per read: the default (32) makes listing 100,000 files take half again as long
      for await (const e of await fs.opendir(path.join(given, rel), { bufferSize: 1024 })) {
        const source = rel ? `${rel}/${e.name}` : e.name;
        if (e.name.startsWith('.')) continue;
        if (e.isDirectory()) { await walk(source); continue; }
        if (e.isSymbolicLink()) skips.set(source, 'symbolic link (not followed)');
        else if (!e.isFile()) skips.set(source, 'not a regular file (pipe, socket or device)');
        sources.push(source);
      }
    }
    await walk('');
    sources.sort(compareSources);
    for (const [source, first] of sharedIds(sources)) skips.set(source, `same record id as ${first} ('${stem(source)}'): rename one of them`);
    return new FolderInputs(given, sources, skips);
  }

  get length(): number {
    return this.sources.length;
  }

  at(i: number): InputFile {
    const source = this.sources[i]!;
    const skip = this.skips.get(source);
    // concatenated, not path.join: its result keeps a few hundred bytes a string
    // a skipped input's id only names its manifest entry: with its extension it meets no record's id
    return { source, path: `${this.root}${path.sep}${source}`, ...(skip ? { id: safeId(source), skip } : { id: stem(source) }) };
  }
}

const compareSources = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The files of a folder as InputFile entries (see FolderInputs.read). */
export async function listInputs(dir: string): Promise<InputFile[]> {
  const inputs = await FolderInputs.read(dir);
  return Array.from({ length: inputs.length }, (_, i) => inputs.at(i));
}

/**
 * Ids for a caller's list of inputs: '<name without extension>', made safe as a file name; where two
 * inputs of one list would share it, the later ones keep their extension (and, if need be, a hash of
 * their name). A folder's inputs are named by FolderInputs instead, each independently of the others.
 */
export function assignIds<T extends { source: string }>(files: T[]): Array<T & { id: string }> {
  const taken = new Set<string>();
  return files.map((f) => {
    let id = stem(f.source);
    if (taken.has(id)) id = safeId(f.source);
    if (taken.has(id)) id = `${id}-${hash(f.source)}`;
    taken.add(id);
    return { ...f, id };
  });
}

/**
 * The id of a path: without its extension and made safe; a name that had to be changed to be safe
 * keeps a hash of the original, so that 'a:b.txt' and 'a_b.txt' never meet.
 */
const stem = (s: string) => {
  const bare = KNOWN_EXTENSIONS.test(s) ? s.replace(KNOWN_EXTENSIONS, '') : s.replace(/\.[^./]*$/, '');
  const id = safeId(bare);
  return id === bare.replace(/\//g, '__') ? id : `${id}-${hash(s)}`;
};

/** Sources whose id an earlier source (in path order) already has, with that source. */
function sharedIds(sources: readonly string[]): Map<string, string> {
  const owner = new Map<string, string>();
  const shared = new Map<string, string>();
  for (const s of sources) {
    const id = stem(s);
    const first = owner.get(id);
    if (first === undefined) owner.set(id, s);
    else shared.set(s, first);
  }
  return shared;
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
