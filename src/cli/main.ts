#!/usr/bin/env node
import { VERSION } from '../version.js';
import { parseCli, UsageError, USAGE } from './args.js';
import { runExtract } from './runExtract.js';

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseCli(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`newsfacts: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  const log = (line: string) => process.stderr.write(line + '\n');
  switch (args.command) {
    case 'help': process.stdout.write(USAGE + '\n'); return 0;
    case 'version': process.stdout.write(VERSION + '\n'); return 0;
    case 'eval': {
      const { evaluate, formatReport } = await import('../eval/index.js');
      const report = evaluate({ goldDir: args.goldDir, outDir: args.outDir, articlesDir: args.articlesDir });
      process.stdout.write(args.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, { problems: args.problems }) + '\n');
      return 0;
    }
    case 'extract': {
      const stop = new AbortController();
      const onSignal = () => {
        if (stop.signal.aborted) process.exit(130); // a second Ctrl-C: the user wants out now
        log('stopping after the records in hand are written (Ctrl-C again to quit at once)');
        stop.abort();
      };
      process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
      const summary = await runExtract(args, args.quiet ? () => {} : log, stop.signal);
      const done = `${summary.ok} articles extracted (${summary.reused} unchanged, reused), ${summary.errors} failed`;
      if (summary.interrupted) {
        log(`interrupted: ${done}; events and officials not updated; run again to finish -> ${args.outDir}`);
        return 130;
      }
      log(`${done}; ${summary.manifest.counts.events} events, ${summary.manifest.counts.officials} officials -> ${args.outDir}`);
      return summary.ok > 0 ? 0 : 1;
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: Error) => { process.stderr.write(`newsfacts: ${e.message}\n`); process.exitCode = 1; },
);
