import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ArticleRecordSchema, EventSchema, RegistryOfficialSchema, type ArticleRecord } from '../../src/schema/index.js';
import { TABLES, type TableName } from '../../src/outputs/tables.js';
import { ROOT, runCli, runCliOk, tempDir } from '../pipeline/helpers.js';

const CORPUS = path.join(ROOT, '../shared/corpus/dev');

function readFolder(out: string) {
  const events = EventSchema.array().parse(JSON.parse(readFileSync(path.join(out, 'events.json'), 'utf8')));
  const officials = RegistryOfficialSchema.array().parse(JSON.parse(readFileSync(path.join(out, 'officials.json'), 'utf8')));
  const records: ArticleRecord[] = readdirSync(path.join(out, 'articles')).sort()
    .map((f) => ArticleRecordSchema.parse(JSON.parse(readFileSync(path.join(out, 'articles', f), 'utf8'))));
  return { events, officials, records };
}

const sum = <T>(xs: readonly T[], n: (x: T) => number) => xs.reduce((a, x) => a + n(x), 0);

/** The row counts the JSON files imply, table by table. */
function expectedCounts(out: string): Partial<Record<TableName, number>> {
  const { events, officials, records } = readFolder(out);
  return {
    articles: records.length, dates: sum(records, (r) => r.dates.length), ratings: sum(records, (r) => r.ratings.length),
    quotes: sum(records, (r) => r.quotes.length), officials: officials.length, official_roles: sum(officials, (o) => o.roles.length),
    events: events.length, event_sources: sum(events, (e) => e.sources.length), event_ratings: sum(events, (e) => e.ratings.length),
    event_quotes: sum(events, (e) => e.quotes.length),
  };
}

const cases = [
  { name: 'the fixtures', args: ['fixtures/articles'] },
  ...(existsSync(CORPUS) ? [{ name: '../shared/corpus/dev', args: [path.join(CORPUS, 'articles'), '--meta', path.join(CORPUS, 'meta.jsonl')] }] : []),
];

describe.each(cases)('newsfacts export on $name', ({ args }) => {
  const out = path.join(tempDir('export'), 'out');
  const db = path.join(out, 'facts.db');
  const csv = path.join(tempDir('csv'), 'tables');
  const jsonl = path.join(tempDir('jsonl'), 'records.jsonl');
  runCliOk(['extract', ...args, '--out', out, '--quiet', '--no-report', '--sqlite', db]);

  it('writes no report when told not to', () => {
    expect(existsSync(path.join(out, 'report.html'))).toBe(false);
    expect(existsSync(path.join(out, 'events.json'))).toBe(true);
  });

  it('writes a database whose rows match the JSON files, whose foreign keys all resolve, and whose quotes are searchable', () => {
    const d = new Database(db, { readonly: true });
    try {
      for (const [table, n] of Object.entries(expectedCounts(out))) {
        expect([table, (d.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n]).toEqual([table, n]);
      }
      const { events } = readFolder(out);
      // every event has its body, and each body is one an event names
      expect(d.prepare('SELECT count(DISTINCT body_id) AS n FROM events').get()).toEqual(d.prepare('SELECT count(*) AS n FROM bodies').get());
      expect((d.prepare('SELECT subject FROM events ORDER BY id').all() as Array<{ subject: string }>).map((r) => r.subject))
        .toEqual([...events].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => e.subject));
      expect(d.pragma('foreign_key_check')).toEqual([]);
      const fks = d.prepare("SELECT count(*) AS n FROM sqlite_master m, pragma_foreign_key_list(m.name) WHERE m.type = 'table'").get() as { n: number };
      expect(fks.n).toBeGreaterThanOrEqual(12);

      const { records } = readFolder(out);
      // quotes_fts holds each quote's text and speaker
      const inadequate = records.flatMap((r) => r.quotes.filter((q) => /\binadequate\b/i.test(`${q.text} ${q.speaker}`)).map((q) => q.text)).sort();
      expect(inadequate.length).toBeGreaterThan(0);
      const found = (d.prepare("SELECT q.text FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid WHERE quotes_fts MATCH 'inadequate'").all() as Array<{ text: string }>)
        .map((r) => r.text).sort();
      expect(found).toEqual(inadequate);
      const ofsted = records.filter((r) => /\bofsted\b/i.test(`${r.title} ${r.body}`)).length;
      expect(d.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'ofsted'").get()).toEqual({ n: ofsted });
    } finally {
      d.close();
    }
  });

  it('writes CSV files that parse back to the database rows, and JSON lines that are the records', () => {
    runCliOk(['export', out, '--csv', csv, '--jsonl', jsonl]);
    const d = new Database(db, { readonly: true });
    try {
      for (const table of Object.keys(TABLES) as TableName[]) {
        const parsed = parse(readFileSync(path.join(csv, `${table}.csv`)), { columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
        const rows = (d.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Array<Record<string, unknown>>)
          .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)])));
        expect(parsed, table).toEqual(rows);
      }
    } finally {
      d.close();
    }
    const lines = readFileSync(jsonl, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => ArticleRecordSchema.parse(JSON.parse(l)))).toEqual(readFolder(out).records);
  });
});

describe('newsfacts export and report, on what they are given', () => {
  const out = path.join(tempDir('own'), 'out');
  runCliOk(['extract', 'fixtures/articles', '--out', out, '--quiet', '--no-report']);

  it('replaces only files it wrote, and refuses the others without touching them', () => {
    const place = tempDir('place');
    const theirs = path.join(place, 'notes.db');
    writeFileSync(theirs, 'my notes');
    const r = runCli(['export', out, '--sqlite', theirs]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--sqlite .*notes\.db exists and newsfacts did not write it/);
    expect(readFileSync(theirs, 'utf8')).toBe('my notes');

    const mine = path.join(place, 'facts.db');
    runCliOk(['export', out, '--sqlite', mine, '--jsonl', path.join(place, 'r.jsonl')]);
    runCliOk(['export', out, '--sqlite', mine, '--jsonl', path.join(place, 'r.jsonl')]); // its own: replaced
    for (const [name, content] of [['list.jsonl', '{"a": 1}\n'], ['empty.jsonl', '']] as const) {
      writeFileSync(path.join(place, name), content);
      expect(runCli(['export', out, '--jsonl', path.join(place, name)]).stderr).toMatch(/did not write it/);
      expect(readFileSync(path.join(place, name), 'utf8')).toBe(content);
    }

    // report.html in an output folder: someone's own page there is left alone too
    writeFileSync(path.join(out, 'report.html'), '<p>my notes</p>');
    const report = runCli(['report', out]);
    expect([report.status, report.stderr]).toEqual([2, expect.stringMatching(/the report .*report\.html exists and newsfacts did not write it/)]);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toBe('<p>my notes</p>');
    rmSync(path.join(out, 'report.html'));
    runCliOk(['report', out]);
    runCliOk(['report', out]); // its own: replaced

    const folder = path.join(place, 'csv');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'events.csv'), 'mine');
    expect(runCli(['export', out, '--csv', folder]).stderr).toMatch(/--csv .*holds files newsfacts did not write/);
    expect(readFileSync(path.join(folder, 'events.csv'), 'utf8')).toBe('mine');
    expect(readdirSync(place).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a folder that is no output folder, or an export target inside the input folder, with one line that says why', () => {
    const empty = tempDir('empty');
    const r = runCli(['report', empty]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is not a newsfacts output folder \(no manifest\.json\)/);
    expect(runCli(['export', out]).stderr).toMatch(/export needs at least one of --sqlite/);
    const input = tempDir('input');
    cpSync(path.join(ROOT, 'fixtures/articles'), input, { recursive: true });
    const inside = runCli(['extract', input, '--out', path.join(tempDir('o'), 'o'), '--sqlite', path.join(input, 'facts.db')]);
    expect(inside.status).toBe(2);
    expect(inside.stderr).toMatch(/--sqlite .*is inside the input folder/);
  });

  it('keeps the last database whole when an export fails', () => {
    const copy = path.join(tempDir('broken'), 'out');
    cpSync(out, copy, { recursive: true });
    const db = path.join(path.dirname(copy), 'facts.db');
    runCliOk(['export', copy, '--sqlite', db]);
    const before = readFileSync(db);
    // an event citing a quote its article does not hold: the folder is not one run's
    const events = JSON.parse(readFileSync(path.join(copy, 'events.json'), 'utf8')) as Array<{ quotes: Array<{ start: number }> }>;
    events.find((e) => e.quotes.length)!.quotes[0]!.start += 1;
    writeFileSync(path.join(copy, 'events.json'), JSON.stringify(events));
    const r = runCli(['export', copy, '--sqlite', db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cites a quote that .* record does not hold/);
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(readdirSync(path.dirname(copy)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
