// ESM all the way: lindera-wasm and several graphology packages ship only ES modules.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
    // jsdom 29 require()s ES-module-only dependencies, which jest cannot load from CommonJS on Node 20:
    // compile those few packages to CommonJS.
    '^.+/node_modules/.+\\.m?js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@exodus/bytes|parse5|entities|tldts|tldts-core|@asamuzakjp|cssstyle|whatwg-url|@csstools|data-urls|decimal.js|lru-cache|css-tree|mdn-data)/)'],
  // Sources import siblings as './x.js' (NodeNext style); map them back to the .ts files.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 120000,
  maxWorkers: 2,
};
