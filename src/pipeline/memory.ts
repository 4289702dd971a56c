import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * A full garbage collection of this thread, when the runtime allows one. A batch's main thread keeps
 * little (merge inputs and manifest entries), and a worker keeps nothing between articles, but what
 * they handle outlives a few minor collections and is promoted; V8 then postpones the full collection
 * until the heap is hundreds of MB, later the longer the batch. Collecting every 2,000 articles (on the
 * main thread, and on each worker for the articles it extracted), and before the merge, keeps the peak
 * flat, for some tens of ms each time.
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
