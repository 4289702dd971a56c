import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { ManifestSchema } from '../schema/index.js';
import { VERSION } from '../version.js';
import { UsageError } from './args.js';
import { writeAtomic } from './writers.js';

/**
 * The marker of an output folder this tool made: it writes, replaces and deletes files only in a
 * folder that has it (or that it creates), and there only the files it wrote.
 */
export const MARKER = '.newsfacts';

/** The input's stat, or a UsageError when there is none ('-', standard input, is not checked). */
export async function checkInput(input: string): Promise<Stats> {
  const stat = await fs.stat(input).catch(() => null);
  if (!stat) throw new UsageError(`input not found: ${input}`);
  return stat;
}

/**
 * Checks the input and output paths before anything is written, and readies the output folder: each
 * input exists; the output is no file, not inside an input, and creatable; an existing folder that
 * holds files and no marker is someone else's, refused unless `force`. Returns the record ids the last
 * run wrote there (from its manifest): the only records a run may delete.
 */
export async function prepareOutput(inputs: readonly string[], outDir: string, force: boolean): Promise<Set<string>> {
  for (const input of inputs) {
    if (input === '-') continue;
    await checkInput(input);
    await outsideInput(input, outDir, '--out');
  }
  await claimFolder(outDir, force, '--out');
  return previousRecords(outDir);
}

/** Refuses an output inside the input folder: the next run would read it as an input. */
export async function outsideInput(input: string, target: string, flag: string): Promise<void> {
  if (input === '-' || !(await fs.stat(input).catch(() => null))?.isDirectory()) return;
  const inputDir = path.resolve(input), out = path.resolve(target);
  if (out === inputDir || out.startsWith(inputDir + path.sep)) {
    throw new UsageError(`${flag} ${target} is inside the input folder ${input}: the next run would read it as input; choose a place outside it`);
  }
}

/**
 * Makes `dir` a folder of this tool's, or refuses: a new folder is created, an empty one or one with
 * the marker is taken; one that holds files and no marker is someone else's, refused unless `force`.
 * `flag` names the option in the message.
 */
export async function claimFolder(dir: string, force: boolean, flag: string): Promise<void> {
  const existing = await fs.stat(dir).catch(() => null);
  if (existing && !existing.isDirectory()) throw new UsageError(`${flag} ${dir} is a file, not a folder`);
  if (!existing) {
    await makeFolders(dir, flag);
  } else if (!(await isOurs(dir))) {
    const entries = await fs.readdir(dir);
    if (entries.length > 0 && !force) {
      throw new UsageError(`${flag} ${dir} holds files newsfacts did not write (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}); choose an empty or new folder${flag === '--out' ? ', or add --force to write into it (files it did not write are never deleted)' : ''}`);
    }
  }
  writeAtomic(path.join(dir, MARKER), `${JSON.stringify({ tool: 'newsfacts', version: VERSION, note: 'newsfacts writes and deletes only the files it wrote in this folder' })}\n`);
}

/**
 * Checks that a file newsfacts is to write at `file` is new, or one it wrote before (`ours` tells by
 * its content), and makes its folder: a file the tool did not write is never replaced.
 */
export async function claimFile(file: string, flag: string, ours: (file: string) => boolean, advice = 'choose another name, or remove it first'): Promise<void> {
  const existing = await fs.stat(file).catch(() => null);
  if (existing && !existing.isFile()) throw new UsageError(`${flag} ${file} is not a file`);
  if (existing && !ours(file)) throw new UsageError(`${flag} ${file} exists and newsfacts did not write it; ${advice}`);
  await makeFolders(path.dirname(file), flag);
}

/** The folder has the marker, or (written before there was one) a manifest of this tool. */
async function isOurs(outDir: string): Promise<boolean> {
  const tool = async (file: string) => {
    try {
      return (JSON.parse(await fs.readFile(path.join(outDir, file), 'utf8')) as { tool?: unknown }).tool === 'newsfacts';
    } catch {
      return false;
    }
  };
  return (await tool(MARKER)) || tool('manifest.json');
}

/**
 * Creates the folder and its missing parents one level at a time, so that a path where no folder can
 * be made fails at once with its reason (Node's recursive mkdir loops for ever under /proc).
 */
async function makeFolders(dir: string, flag: string): Promise<void> {
  const missing: string[] = [];
  let at = path.resolve(dir);
  while (!(await fs.stat(at).catch(() => null))) {
    missing.unshift(at);
    const up = path.dirname(at);
    if (up === at) break;
    at = up;
  }
  if (!(await fs.stat(at))?.isDirectory()) throw new UsageError(`${flag} ${dir}: ${at} is a file, not a folder`);
  for (const d of missing) {
    try {
      await fs.mkdir(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : code === 'ENOENT' ? 'no such place' : (e as Error).message;
      throw new UsageError(`${flag} ${dir}: cannot create ${d} (${why})`);
    }
  }
}

/** Ids of the records the last run's manifest lists as written. */
async function previousRecords(outDir: string): Promise<Set<string>> {
  try {
    const manifest = ManifestSchema.parse(JSON.parse(await fs.readFile(path.join(outDir, 'manifest.json'), 'utf8')));
    return new Set(manifest.inputs.flatMap((i) => (i.status === 'ok' && i.id ? [i.id] : [])));
  } catch {
    return new Set();
  }
}
