/** 20 MB: far above any news article, low enough that one bad file cannot exhaust memory. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** 30 s: a long article takes well under a second; this stops pathological input, not slow machines. */
export const DEFAULT_TIMEOUT_MS = 30_000;
