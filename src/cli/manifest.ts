import type { MergedBatch } from '../merge/index.js';
import type { Manifest, ManifestEntry } from '../schema/index.js';
import { PIPELINE_ID, VERSION } from '../version.js';

/** What a run counted while it went through its inputs. */
export interface Tally {
  entries: ManifestEntry[];
  facts: Record<'dates' | 'ratings' | 'quotes', number>;
  /** WARC records that are no article, by kind. */
  skippedRecords: ReadonlyMap<string, number>;
}

/**
 * The manifest of an output folder, the same whichever command wrote it (extract, locally or through
 * a queue, or merge): entries in source order, counts of the whole batch, and the run's own section.
 */
export function buildManifest({ entries, facts, skippedRecords }: Tally, merged: Pick<MergedBatch, 'events' | 'officials'> | null, run: Manifest['run']): Manifest {
  const inputs = [...entries].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const ok = inputs.filter((e) => e.status === 'ok').length;
  return {
    tool: 'newsfacts', version: VERSION, pipeline: PIPELINE_ID, inputs,
    counts: {
      inputs: inputs.length, ok, errors: inputs.length - ok, events: merged?.events.length ?? 0, officials: merged?.officials.length ?? 0, ...facts,
      ...(skippedRecords.size ? { skippedRecords: Object.fromEntries([...skippedRecords].sort()) } : {}),
    },
    run,
  };
}
