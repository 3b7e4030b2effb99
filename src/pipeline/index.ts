export * from './extract.js';
export * from './build.js';
