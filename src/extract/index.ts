export * from './types.js';
export * from './triple.js';
