import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { temporaryName } from '../pipeline/writeAtomic.js';
import type { OutputFolder } from './read.js';
import { TABLES, tableRows, type TableName, type Value } from './tables.js';

/**
 * A field as RFC 4180 writes it: quoted when it holds a quote mark, a comma or a line break, quote
 * marks doubled. An empty string is written "" and a null as nothing, so that the two stay apart.
 */
export function csvField(value: Value): string {
  if (value === null) return '';
  const s = String(value);
  return s === '' || /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const csvLine = (values: readonly Value[]) => `${values.map(csvField).join(',')}\r\n`;

/** Bytes gathered before each write. */
const CHUNK = 1 << 16;

/**
 * One UTF-8 CSV file per table in `dir` (`articles.csv`, `dates.csv` …), with a header row and CRLF
 * line ends, each written to a temporary name and renamed when all are complete. Returns the rows per table.
 */
export function writeCsv(folder: OutputFolder, dir: string): Record<TableName, number> {
  mkdirSync(dir, { recursive: true });
  const tables = Object.keys(TABLES) as TableName[];
  const files = new Map(tables.map((t) => {
    const file = path.join(dir, `${t}.csv`);
    return [t, { file, tmp: temporaryName(file), fd: -1, pending: csvLine(TABLES[t].map((c) => c.name)), rows: 0 }];
  }));
  try {
    for (const f of files.values()) f.fd = openSync(f.tmp, 'w');
    for (const [table, row] of tableRows(folder)) {
      const f = files.get(table)!;
      f.pending += csvLine(TABLES[table].map((c) => row[c.name] ?? null));
      f.rows++;
      if (f.pending.length >= CHUNK) { writeSync(f.fd, f.pending); f.pending = ''; }
    }
    for (const f of files.values()) { writeSync(f.fd, f.pending); closeSync(f.fd); f.fd = -1; }
    for (const f of files.values()) renameSync(f.tmp, f.file);
  } catch (e) {
    for (const f of files.values()) {
      if (f.fd >= 0) closeSync(f.fd);
      rmSync(f.tmp, { force: true });
    }
    throw e;
  }
  return Object.fromEntries([...files].map(([t, f]) => [t, f.rows])) as Record<TableName, number>;
}
