/** What people open: report.html, a SQLite database, CSV and JSON lines, all read from an output folder's files. */
export { readOutputFolder, OutputFolderError, type OutputFolder } from './read.js';
export { writeReport, isOwnReport, REPORT_FILE } from './report/index.js';
export { writeSqlite, isOwnDatabase } from './sqlite.js';
export { writeCsv } from './csv.js';
export { writeJsonLines, isOwnJsonLines } from './jsonl.js';
export { TABLES, type TableName } from './tables.js';
