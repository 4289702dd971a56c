import type { ArticleMetadata } from '../ingest/sources/metadata.js';
import { sha256 } from '../version.js';

/**
 * The input's SHA-256, as a record's provenance keeps it; with sidecar metadata, of the input and the
 * metadata, so that new metadata makes a new record. Its own module: the batch's main thread checks it
 * without loading the extractors.
 */
export function inputHash(raw: string | Uint8Array, metadata: ArticleMetadata | undefined): string {
  return metadata ? sha256(`${sha256(raw)}\0${JSON.stringify(metadata)}`) : sha256(raw);
}
