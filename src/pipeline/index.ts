export { extractArticle, DEFAULT_MAX_BYTES, type ArticleOptions, type Stage } from './extractArticle.js';
export { type BatchStage } from './workerPool.js';
export { extractBatch, DEFAULT_TIMEOUT_MS, type BatchInput, type BatchOptions, type BatchRecord, type BatchResult } from './extractBatch.js';
export { processArticle, processRecord, toJson, type ProcessedArticle } from './processArticle.js';
export { listInputs, safeId, type InputFile } from './inputs.js';
