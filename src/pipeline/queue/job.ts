import type { ArticleMetadata } from '../../ingest/sources/metadata.js';
import { PIPELINE_ID, sha256 } from '../../version.js';
import { inputHash } from '../provenance.js';
import type { WorkerReply, WorkerTask } from '../workerPool.js';

/**
 * What a job carries: the article itself (workers share no filesystem with extract) and what shapes
 * its record. JSON, as BullMQ stores it: bytes as base64, text as it is.
 */
export interface ArticleJob {
  id: string;
  source: string;
  fileName?: string;
  metadata?: ArticleMetadata;
  maxBytes: number;
  timeoutMs: number;
  text?: string;
  base64?: string;
}

/** A job's result: the worker thread's reply (the record's JSON, merge input and counts, or the article's error). */
export type JobResult = Omit<WorkerReply, 'taskId'>;

export function articleJob(task: Omit<WorkerTask, 'taskId'>, content: string | Uint8Array): ArticleJob {
  return {
    id: task.id, source: task.source, maxBytes: task.maxBytes, timeoutMs: task.timeoutMs,
    ...(task.fileName ? { fileName: task.fileName } : {}), ...(task.metadata ? { metadata: task.metadata } : {}),
    ...(typeof content === 'string' ? { text: content } : { base64: Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('base64') }),
  };
}

/** The task a worker thread runs for a job: the same as a local run's, the content in hand. */
export function jobTask({ text, base64, ...job }: ArticleJob): Omit<WorkerTask, 'taskId'> {
  return { ...job, content: text ?? Buffer.from(base64 ?? '', 'base64') };
}

/**
 * The job's id: a hash of the input (its bytes and metadata, as a record's provenance has it), the
 * pipeline and all else that shapes the record. Adding a job again is then a no-op, and a job done
 * before (by a run that stopped) gives its result again: a record is made once.
 */
export function jobId(job: ArticleJob): string {
  const { text, base64, metadata, ...rest } = job;
  const input = inputHash(text ?? Buffer.from(base64 ?? '', 'base64'), metadata);
  return `article-${sha256(JSON.stringify([PIPELINE_ID, input, rest.id, rest.source, rest.fileName ?? null, rest.maxBytes, rest.timeoutMs]))}`;
}
