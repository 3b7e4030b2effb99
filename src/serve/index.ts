export { DEFAULT_SERVE_OPTIONS, type ServeOptions } from './options.js';
export { startServer, subgraph, type RunningServer, type StartServerOptions } from './server.js';
export { neo4jCodeOf, statusForCypherError, type CypherLimits, type CypherResult, type CypherRunner } from './cypher.js';
export { layoutPositions, layoutIterations } from './layout.js';
export {
  PAGE_GRAPH_FORMAT, decodePageGraph, encodePageGraph, parsePageGraph, serializePageGraph, type EvidenceSummary, type PageGraph, type PageGraphPayload,
} from './page-graph.js';
