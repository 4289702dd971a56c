import { closeSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { temporaryName } from '../pipeline/writeAtomic.js';
import type { OutputFolder } from './read.js';
import { FULL_TEXT, TABLES, tableRows, type Column, type TableName } from './tables.js';

/**
 * SQLite's header field for the program that owns a file ('nfct'): how a later export knows a database
 * at its path is one it wrote, and may be replaced, and not someone else's.
 */
export const APPLICATION_ID = 0x6e666374;

/** Whether the file at `file` is a SQLite database this tool wrote (its header holds APPLICATION_ID). */
export function isOwnDatabase(file: string): boolean {
  const header = Buffer.alloc(72);
  let fd: number;
  try { fd = openSync(file, 'r'); } catch { return false; }
  try {
    return readSync(fd, header, 0, 72, 0) === 72 && header.toString('latin1', 0, 16) === 'SQLite format 3\0' && header.readUInt32BE(68) === APPLICATION_ID;
  } finally {
    closeSync(fd);
  }
}

const quoted = (name: string) => `"${name}"`;

function createTable(table: TableName, columns: readonly Column[]): string {
  const defs = columns.map((c) => [quoted(c.name), c.type, c.primaryKey ? 'PRIMARY KEY' : '', c.notNull ? 'NOT NULL' : '',
    c.references ? `REFERENCES ${quoted(c.references)}(id)` : ''].filter(Boolean).join(' '));
  return `CREATE TABLE ${quoted(table)} (${defs.join(', ')})`;
}

/**
 * Writes the batch's tables to a database at `file`, in one transaction, to a temporary file renamed
 * over `file` once complete: a reader sees the old database or the new one, never half of one.
 * Returns the number of rows per table.
 */
export function writeSqlite(folder: OutputFolder, file: string): Record<TableName, number> {
  const tmp = temporaryName(file);
  rmSync(tmp, { force: true });
  const db = new Database(tmp);
  try {
    // the temporary file is deleted on any failure, so a rollback journal on disk would only cost time
    db.pragma('journal_mode = MEMORY');
    db.pragma('foreign_keys = ON');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    const counts = db.transaction(() => fill(db, folder))();
    db.close();
    renameSync(tmp, file);
    return counts;
  } catch (e) {
    if (db.open) db.close();
    rmSync(tmp, { force: true });
    throw e;
  }
}

function fill(db: Database.Database, folder: OutputFolder): Record<TableName, number> {
  const tables = Object.entries(TABLES) as Array<[TableName, Column[]]>;
  const insert = new Map(tables.map(([table, columns]) => {
    db.exec(createTable(table, columns));
    return [table, db.prepare(`INSERT INTO ${quoted(table)} (${columns.map((c) => quoted(c.name)).join(', ')}) VALUES (${columns.map((c) => `@${c.name}`).join(', ')})`)];
  }));
  const counts = Object.fromEntries(tables.map(([t]) => [t, 0])) as Record<TableName, number>;
  for (const [table, row] of tableRows(folder)) {
    insert.get(table)!.run(row);
    counts[table]++;
  }
  // indexes after the rows: one sort per index instead of a B-tree kept in order row by row
  for (const [table, columns] of tables) {
    for (const c of columns) if (c.index) db.exec(`CREATE INDEX ${quoted(`idx_${table}_${c.name}`)} ON ${quoted(table)} (${quoted(c.name)})`);
  }
  // external-content FTS5 tables in sqlite-utils' form (content=[table]), which Datasette detects for its search box
  for (const { table, columns } of FULL_TEXT) {
    db.exec(`CREATE VIRTUAL TABLE ${quoted(`${table}_fts`)} USING fts5(${columns.map(quoted).join(', ')}, tokenize='porter', content=[${table}])`);
    db.exec(`INSERT INTO ${quoted(`${table}_fts`)} (${quoted(`${table}_fts`)}) VALUES ('rebuild')`);
  }
  return counts;
}
