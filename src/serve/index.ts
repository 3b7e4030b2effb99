export { DEFAULT_SERVE_OPTIONS, type ServeOptions } from './options.js';
export { startServer, subgraph, type RunningServer, type StartServerOptions } from './server.js';
export { neo4jCodeOf, statusForCypherError, type CypherLimits, type CypherResult, type CypherRunner } from './cypher.js';
