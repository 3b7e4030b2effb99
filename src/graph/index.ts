export * from './model.js';
export * from './build.js';
export * from './serialize.js';
