export * from './gazetteer.js';
export * from './match.js';
export * from './resolve.js';
export * from './similarity.js';
