#!/usr/bin/env node
// (first: every pattern the extractors run is compiled after it)
import '../pipeline/regexpCompilation.js';
import { VERSION } from '../version.js';
import { parseCli, UsageError, USAGE, type Args } from './args.js';
import { runExtract } from './runExtract.js';
import { OutputFolderError } from '../outputs/read.js';

async function main(argv: string[]): Promise<number> {
  try {
    return await run(parseCli(argv, process.env));
  } catch (e) {
    if (!(e instanceof UsageError || e instanceof OutputFolderError)) throw e;
    process.stderr.write(`newsfacts: ${e.message}\nRun 'newsfacts --help' for usage.\n`);
    return 2;
  }
}

async function run(args: Args): Promise<number> {
  const log = (line: string) => process.stderr.write(line + '\n');
  switch (args.command) {
    case 'help': process.stdout.write(USAGE + '\n'); return 0;
    case 'version': process.stdout.write(VERSION + '\n'); return 0;
    case 'eval': {
      const { evaluate, formatReport } = await import('../eval/index.js');
      const report = evaluate({ goldDir: args.goldDir, outDir: args.outDir, articlesDir: args.articlesDir });
      process.stdout.write(args.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, { problems: args.problems }) + '\n');
      if (report.summary.articles && report.summary.articles.gold > 0 && report.summary.articles.withRecord === 0) {
        log(`newsfacts: ${args.outDir} has a record for none of the articles of ${args.goldDir}: wrong folder?`);
        return 1;
      }
      return 0;
    }
    case 'merge': {
      const { runMerge } = await import('./runMerge.js');
      const manifest = await runMerge(args, args.quiet ? () => {} : log);
      const { counts } = manifest;
      if (!args.quiet) log(`${counts.ok} records merged from ${args.inputs.length} inputs, ${counts.errors} failed; ${counts.events} events, ${counts.officials} officials -> ${args.outDir}`);
      return 0;
    }
    case 'worker': {
      const { runWorker } = await import('./runWorker.js');
      await runWorker(args, log);
      return 0;
    }
    case 'report':
    case 'export': {
      const { checkTargets, writeOutputs } = await import('./runOutputs.js');
      await checkTargets(args.command === 'report' ? { report: true } : args.outputs, args.outDir);
      await writeOutputs(args.outDir, args.command === 'report' ? { report: true } : args.outputs, log);
      return 0;
    }
    case 'extract': {
      const stop = new AbortController();
      const onSignal = () => {
        if (stop.signal.aborted) process.exit(130); // a second Ctrl-C: the user wants out now
        log('stopping: the records written are kept (Ctrl-C again to quit at once)');
        stop.abort();
      };
      process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
      // progress is redrawn in place, so only on a terminal
      const tty = !args.quiet && process.stderr.isTTY;
      const progress = tty ? (line: string) => process.stderr.write(`\r\x1b[K${line}`) : undefined;
      // --jsonl: a reader that goes away (| head) ends the run as Ctrl-C does
      process.stdout.on('error', () => stop.abort());
      const emit = args.jsonl ? (line: string) => writeStdout(line, stop.signal) : undefined;
      const summary = await runExtract(args, { log: args.quiet ? () => {} : (line) => log(tty ? `\r\x1b[K${line}` : line), stop: stop.signal, progress, emit });
      if (tty) process.stderr.write('\r\x1b[K');
      const kinds = [...summary.errorKinds].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${n} ${kind}`).join(', ');
      const done = `${summary.ok} articles extracted (${summary.reused} unchanged, reused), ${summary.errors} failed${kinds ? ` (${kinds})` : ''}`;
      if (summary.interrupted) {
        log(`interrupted: ${done}; events, officials and bodies not updated; run again to finish -> ${args.outDir ?? 'standard output'}`);
        return 130;
      }
      log(args.outDir ? `${done}; ${summary.manifest.counts.events} events, ${summary.manifest.counts.officials} officials -> ${args.outDir}` : `${done} -> standard output`);
      return summary.ok > 0 ? 0 : 1;
    }
  }
}

/** Writes a line to stdout, waiting for it to drain when a slow reader's pipe is full (the batch then waits too). */
function writeStdout(line: string, stop: AbortSignal): Promise<void> {
  if (stop.aborted || process.stdout.write(line)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => { process.stdout.off('drain', done); stop.removeEventListener('abort', done); resolve(); };
    process.stdout.once('drain', done);
    stop.addEventListener('abort', done, { once: true });
  });
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: Error) => { process.stderr.write(`newsfacts: ${e.message}\n`); process.exitCode = 1; },
);
