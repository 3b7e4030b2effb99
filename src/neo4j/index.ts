export * from './client.js';
export * from './load.js';
export * from './local.js';
export * from './queries.js';
