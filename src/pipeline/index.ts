export { extractArticle, type ArticleOptions, type Stage } from './extractArticle.js';
export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './limits.js';
export { type BatchStage } from './workerPool.js';
export { extractBatch, type BatchInput, type BatchOptions, type BatchRecord, type BatchResult } from './extractBatch.js';
export { processArticle } from './processArticle.js';
export { processRecord, toJson, type ProcessedArticle } from './records.js';
export { listInputs, safeId, type InputFile } from './inputs.js';
