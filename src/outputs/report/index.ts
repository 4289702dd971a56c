import path from 'node:path';
import { writeAtomic } from '../../pipeline/writeAtomic.js';
import type { OutputFolder } from '../read.js';
import { reportData } from './data.js';
import { REPORT_FILE } from './own.js';
import { reportPage } from './page.js';

export { REPORT_FILE, isOwnReport } from './own.js';

/** Writes report.html into the output folder (replacing the last one at once); returns its path and size in bytes. */
export function writeReport(folder: OutputFolder, version: string): { file: string; bytes: number } {
  const page = reportPage(reportData(folder, version));
  const file = path.join(folder.dir, REPORT_FILE);
  writeAtomic(file, page);
  return { file, bytes: Buffer.byteLength(page) };
}
