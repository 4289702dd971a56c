import { closeSync, openSync, readSync } from 'node:fs';

/** The report's name in the output folder, beside events.json. */
export const REPORT_FILE = 'report.html';

/** What the report's head says of who wrote it: how a later run knows the report.html it finds is its own. */
export const GENERATOR = '<meta name="generator" content="newsfacts">';

/** Whether the file at `file` is a report newsfacts wrote: its head names newsfacts as its generator. */
export function isOwnReport(file: string): boolean {
  const head = Buffer.alloc(512);
  let fd: number;
  try { fd = openSync(file, 'r'); } catch { return false; }
  try {
    return head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0)).includes(GENERATOR);
  } finally {
    closeSync(fd);
  }
}
