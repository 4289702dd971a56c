import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * A full garbage collection of this thread, when the runtime allows one. A batch's main thread keeps
 * little (merge inputs and manifest entries), but the per-article messages it handles outlive a few
 * minor collections and are promoted; on a machine with much memory V8 then postpones the full
 * collection until the heap is hundreds of MB. Collecting every 2,000 articles, and before the merge, keeps
 * the peak flat, for some 100 ms each time.
 */
export const collectGarbage: () => void = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : () => undefined;
  } catch {
    return () => undefined;
  }
})();

/** Articles between two collections. */
export const COLLECT_EVERY = 2000;
