import { PIPELINE_ID } from '../../version.js';

/**
 * The queue's name carries the pipeline fingerprint: workers of another version (other code, other
 * data) never take a job, since their records would differ from a local run's. ':' is BullMQ's key
 * separator, so it is kept out.
 */
export const QUEUE_NAME = `newsfacts-${PIPELINE_ID.replaceAll(':', '_')}`;

/** How long a worker holds a job without renewing its lock; past it the job counts as stalled and is taken again. */
export const DEFAULT_LOCK_MS = 30_000;

/** Articles queued ahead of the workers: enough to keep many machines busy, few enough that Redis holds little. */
export const QUEUE_WINDOW = 512;

/**
 * A job that throws (a worker stopping, Redis going away: never an article's own error, which is a
 * result) is tried again, after 1, 2 then 4 s, then becomes an error entry. A job whose worker dies
 * is taken again after the lock expires, up to twice.
 */
export const ATTEMPTS = 4;
export const BACKOFF_MS = 1000;
export const MAX_STALLED = 2;

/**
 * Entries of the queue's event stream (each finished job adds one, with its result): a few windows'
 * worth, so that extract reads each before it is trimmed, while Redis keeps only a bounded number.
 */
export const EVENTS_MAX = 4 * QUEUE_WINDOW;
