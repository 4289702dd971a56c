import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../pipeline/limits.js';

export const USAGE = `newsfacts: dates, ratings, officials and quotations from news articles, merged into events.

Usage:
  newsfacts extract [inputDir] [options]   extract every file of inputDir (default: fixtures/articles)
  newsfacts eval --gold DIR --out DIR      score an output folder against gold annotations
  newsfacts --help | --version

extract options:
  --out DIR           output folder (default: output)
  --concurrency N     worker threads extracting at once (default: number of cores, here ${cpus().length})
  --max-bytes N       refuse inputs larger than N bytes (default: ${DEFAULT_MAX_BYTES})
  --timeout-ms N      give up on an article after N ms (default: ${DEFAULT_TIMEOUT_MS})
  --force             extract every input again (by default a record is reused when its input
                      and the pipeline are unchanged since it was written)
  --quiet             no progress on stderr

eval options:
  --gold DIR          gold annotations, one <id>.json per article, plus events.json and officials.json
  --out DIR           the output folder of an extract run
  --articles DIR      the raw articles the gold refers to (default: the 'articles' folder beside DIR of --gold)
  --problems          list every miss before the headline
  --json              print the full report as JSON

Outputs (extract): DIR/articles/<id>.json, DIR/events.json, DIR/officials.json, DIR/manifest.json,
DIR/schema/*.schema.json. Ctrl-C (SIGINT) or SIGTERM stops after the records in hand are written;
run again to finish. Exit code: 0 when at least one article was processed; 1 when none could be;
2 for bad arguments; 130 when interrupted.`;

export class UsageError extends Error {}

export interface ExtractArgs { command: 'extract'; inputDir: string; outDir: string; concurrency: number; maxBytes: number; timeoutMs: number; force: boolean; quiet: boolean }
export interface EvalArgs { command: 'eval'; goldDir: string; outDir: string; articlesDir?: string; problems: boolean; json: boolean }
export type Args = ExtractArgs | EvalArgs | { command: 'help' } | { command: 'version' };

export function parseCli(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        out: { type: 'string' }, concurrency: { type: 'string' }, 'max-bytes': { type: 'string' }, 'timeout-ms': { type: 'string' },
        quiet: { type: 'boolean' }, force: { type: 'boolean' }, gold: { type: 'string' }, articles: { type: 'string' },
        problems: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { command: 'help' };
  if (v.version) return { command: 'version' };
  const [command = 'extract', ...rest] = positionals;
  if (command === 'extract') {
    if (rest.length > 1) throw new UsageError(`extract takes one input folder, got ${rest.length}`);
    return {
      command, inputDir: rest[0] ?? 'fixtures/articles', outDir: v.out ?? 'output',
      concurrency: positiveInt('--concurrency', v.concurrency, cpus().length),
      maxBytes: positiveInt('--max-bytes', v['max-bytes'], DEFAULT_MAX_BYTES),
      timeoutMs: positiveInt('--timeout-ms', v['timeout-ms'], DEFAULT_TIMEOUT_MS), force: !!v.force, quiet: !!v.quiet,
    };
  }
  if (command === 'eval') {
    if (!v.gold || !v.out) throw new UsageError('eval needs --gold DIR and --out DIR');
    return { command, goldDir: v.gold, outDir: v.out, articlesDir: v.articles, problems: !!v.problems, json: !!v.json };
  }
  throw new UsageError(`unknown command '${command}' (expected extract or eval)`);
}

function positiveInt(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} takes a whole number of at least 1, got '${raw}'`);
  return n;
}
