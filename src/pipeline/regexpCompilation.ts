import v8 from 'node:v8';

/**
 * Regular expressions compiled to machine code on their first run. V8 first runs a pattern in its interpreter and
 * compiles it again to machine code once it has run ('tier-up'): right for a page's few patterns, each run a few
 * times, wrong for the extractors' hundreds, each run on every article, which paid both compilations of each
 * (about a quarter of a second of each thread's first few hundred articles of `npm run bench`'s batch). Set
 * by the threads that run a batch's extraction, the CLI's and the pool's workers, before any pattern runs. V8's
 * flags are the process's: in a program that runs a batch through the library, its own patterns are compiled the
 * same way from then on, which changes no match, only when the compiling is paid.
 */
try {
  v8.setFlagsFromString('--no-regexp-tier-up');
} catch {
  // a runtime without the flag compiles as it does by default
}
