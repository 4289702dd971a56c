export * from './article.js';
export * from './batch.js';
