import path from 'node:path';
import { writeAtomic } from '../../pipeline/writeAtomic.js';
import type { OutputFolder } from '../read.js';
import { reportData } from './data.js';
import { reportPage } from './page.js';

/** The report's name in the output folder, beside events.json: one of the files newsfacts writes there. */
export const REPORT_FILE = 'report.html';

/** Writes report.html into the output folder (replacing the last one at once); returns its path and size in bytes. */
export function writeReport(folder: OutputFolder, version: string): { file: string; bytes: number } {
  const page = reportPage(reportData(folder, version));
  const file = path.join(folder.dir, REPORT_FILE);
  writeAtomic(file, page);
  return { file, bytes: Buffer.byteLength(page) };
}
