import path from 'node:path';
import type { TableName } from '../outputs/index.js';
import { VERSION } from '../version.js';
import type { OutputTargets } from './args.js';
import { claimFile, claimFolder, outsideInput } from './outputFolder.js';

/**
 * Checks every export target before anything is written (a run of an hour must not fail at its end
 * on a name it could have refused at once): each is new or was written by newsfacts (report.html in
 * the output folder too, which a folder of an older version may hold as someone's own file), and none
 * is inside the input folder of an extract run.
 */
export async function checkTargets(targets: OutputTargets, outDir: string, input?: string): Promise<void> {
  if (targets.report) {
    const { isOwnReport, REPORT_FILE } = await import('../outputs/report/own.js');
    await claimFile(path.join(outDir, REPORT_FILE), 'the report', isOwnReport, 'move it away, or add --no-report');
  }
  for (const [flag, target] of [['--sqlite', targets.sqlite], ['--csv', targets.csv], ['--jsonl', targets.jsonl]] as const) {
    if (target !== undefined && input !== undefined) await outsideInput(input, target, flag);
  }
  if (targets.sqlite) await claimFile(targets.sqlite, '--sqlite', (await import('../outputs/sqlite.js')).isOwnDatabase);
  if (targets.jsonl) await claimFile(targets.jsonl, '--jsonl', (await import('../outputs/jsonl.js')).isOwnJsonLines);
  if (targets.csv) await claimFolder(targets.csv, false, '--csv');
}

/** Writes report.html and the exports from the files of the output folder; one line each to `log`. */
export async function writeOutputs(outDir: string, targets: OutputTargets, log: (line: string) => void): Promise<void> {
  // loaded when used: Plot and the native SQLite module cost every other command half a second to start
  const { readOutputFolder, writeCsv, writeJsonLines, writeReport, writeSqlite } = await import('../outputs/index.js');
  const folder = readOutputFolder(outDir);
  const rows = (counts: Record<TableName, number>) => `${Object.values(counts).reduce((a, b) => a + b, 0).toLocaleString('en')} rows in ${Object.keys(counts).length} tables`;
  if (targets.report) {
    const { file, bytes } = writeReport(folder, VERSION);
    log(`report: ${folder.events.length} events, ${(bytes / 1024).toFixed(0)} KiB -> ${file}`);
  }
  if (targets.sqlite) log(`sqlite: ${rows(writeSqlite(folder, targets.sqlite))} -> ${targets.sqlite}`);
  if (targets.csv) log(`csv: ${rows(writeCsv(folder, targets.csv))} -> ${path.join(targets.csv, '*.csv')}`);
  if (targets.jsonl) log(`jsonl: ${writeJsonLines(folder, targets.jsonl)} records -> ${targets.jsonl}`);
}
