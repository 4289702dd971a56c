/** The clock is read on every CLOCK_EVERY-th check only: reading it costs more than most of the loop steps it guards. */
const CLOCK_EVERY = 8;

/**
 * A time budget for one article, checked in the extractors' long loops: pathological input (a
 * megabyte of quote marks, say) then ends with a clear error where it would run for minutes. A
 * worker pool can kill a thread; a library call has only this.
 */
export class Deadline {
  private readonly end: number;
  private checks = 0;

  constructor(readonly ms: number) {
    this.end = performance.now() + ms;
  }

  /** Throws TimeoutError once the budget is spent (noticed within CLOCK_EVERY checks). */
  check(): void {
    if (++this.checks % CLOCK_EVERY === 0 && performance.now() > this.end) throw new TimeoutError(this.ms);
  }
}

export class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`timed out after ${ms} ms (see the timeoutMs option)`);
    this.name = 'TimeoutError';
  }
}
