import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArticleRecordSchema, type ArticleRecord } from '../../src/schema/index.js';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli/main.js');

const made: string[] = [];

/** A new folder in the system's temporary directory; removeTempDirs (run after each test file, tests/setup.ts) deletes it. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `newsfacts-${prefix}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function runCliOk(args: string[]): string {
  return execFileSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Record files written so far in an output folder (temporary files aside). */
export function recordCount(out: string): number {
  const articles = path.join(out, 'articles');
  return existsSync(articles) ? readdirSync(articles).filter((n) => n.endsWith('.json')).length : 0;
}

/** Every file below dir, relative path to content; the manifest's `run` section dropped (it describes one run). */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, r)).isDirectory()) walk(r);
      else out[r] = r === 'manifest.json' ? withoutTimings(readFileSync(path.join(dir, r), 'utf8')) : readFileSync(path.join(dir, r), 'utf8');
    }
  };
  walk('');
  return out;
}

function withoutTimings(json: string): string {
  const { run: _run, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(rest, null, 2);
}

/** The records of an output folder by URL, without what names the input (id, source, provenance) or says when it was fetched. */
export function byUrl(out: string): Map<string, Omit<ArticleRecord, 'id' | 'source' | 'provenance' | 'fetchedAt'>> {
  const map = new Map<string, Omit<ArticleRecord, 'id' | 'source' | 'provenance' | 'fetchedAt'>>();
  for (const f of readdirSync(path.join(out, 'articles'))) {
    const { id: _id, source: _source, provenance: _p, fetchedAt: _f, ...rest } = ArticleRecordSchema.parse(JSON.parse(readFileSync(path.join(out, 'articles', f), 'utf8')));
    map.set(rest.url!, rest);
  }
  return map;
}

/**
 * A WARC file written with warcio, as a crawler writes one: a warcinfo record, then for each page a
 * request and its response (one gzip member a record when the name ends in .gz).
 */
export async function writeWarc(file: string, pages: ReadonlyArray<{ url: string; body: string | Uint8Array; contentType: string }>): Promise<void> {
  const { WARCRecord, WARCSerializer } = await import('warcio');
  const gzip = file.endsWith('.gz');
  const warcVersion = 'WARC/1.1';
  const date = '2024-05-01T12:00:00Z';
  const bytes = (b: string | Uint8Array) => (typeof b === 'string' ? new TextEncoder().encode(b) : b);
  const parts: Uint8Array[] = [await WARCSerializer.serialize(await WARCRecord.createWARCInfo({ filename: path.basename(file), warcVersion }, { software: 'newsfacts tests' }), { gzip })];
  for (const p of pages) {
    const request = await WARCRecord.create({ url: p.url, date, type: 'request', warcVersion, httpHeaders: { Host: new URL(p.url).host } }, (async function* () {})());
    const response = await WARCRecord.create({ url: p.url, date, type: 'response', warcVersion, httpHeaders: { 'Content-Type': p.contentType } },
      (async function* () { yield bytes(p.body); })());
    parts.push(await WARCSerializer.serialize(request, { gzip }), await WARCSerializer.serialize(response, { gzip }));
  }
  writeFileSync(file, Buffer.concat(parts));
}
