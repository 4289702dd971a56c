export { extractArticle, DEFAULT_MAX_BYTES, type ArticleOptions, type Stage } from './extractArticle.js';
export { extractBatch, DEFAULT_TIMEOUT_MS, type BatchInput, type BatchOptions, type BatchResult } from './extractBatch.js';
export { listInputs, safeId, type InputFile } from './inputs.js';
