// The served graph file, re-read when its modification time or size changes (checked on each request:
// cheaper and more predictable than a watcher, and a half-written file is simply retried next request).
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { ServeError } from '../errors.js';
import { fromJSON, type NewsGraph, type SerializedNewsGraph } from '../graph/index.js';
import { layoutPositions } from './layout.js';
import { encodePageGraph, serializePageGraph, type Positions } from './page-graph.js';

export interface LoadedGraph {
  raw: Buffer;
  gzip: Buffer;
  etag: string;
  graph: NewsGraph;
  documents: number;
}

/** The page's payload for one version of the graph file (see page-graph.ts). */
export interface PagePayload {
  raw: Buffer;
  gzip: Buffer;
  etag: string;
  layoutMs: number;
}

export class GraphFile {
  private cache: { stamp: string; loaded: LoadedGraph } | null = null;
  private pageCache: { loaded: LoadedGraph; payload: PagePayload } | null = null;
  /** The last layout, so the next version of the file keeps known nodes where they were. */
  private positions: Positions | undefined;

  constructor(readonly file: string) {}

  /** The current graph, or null when the file does not exist (yet). */
  async load(): Promise<LoadedGraph | null> {
    let st;
    try {
      st = await stat(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new ServeError(`cannot read graph file ${this.file}: ${(err as Error).message}`, { cause: err });
    }
    const stamp = `${st.mtimeMs}-${st.size}`;
    if (this.cache?.stamp === stamp) return this.cache.loaded;
    const raw = await readFile(this.file);
    let graph: NewsGraph;
    try {
      const data = JSON.parse(raw.toString('utf8')) as SerializedNewsGraph;
      if (!Array.isArray(data?.nodes) || !Array.isArray(data?.edges)) throw new Error('expected {nodes: [], edges: []}');
      graph = fromJSON(data);
    } catch (err) {
      throw new ServeError(`graph file ${this.file} is not a newsgraph JSON graph (${(err as Error).message}); rebuild it with the build command`, { cause: err });
    }
    const loaded: LoadedGraph = {
      raw, gzip: gzipSync(raw), etag: `"${stamp}"`, graph,
      documents: Object.keys(graph.getAttribute('documents') ?? {}).length,
    };
    this.cache = { stamp, loaded };
    return loaded;
  }

  /** The current graph as the page's payload, laid out; computed once per file version. */
  async page(): Promise<PagePayload | null> {
    const loaded = await this.load();
    if (!loaded) return null;
    if (this.pageCache?.loaded === loaded) return this.pageCache.payload;
    const t0 = performance.now();
    if (loaded.graph.order > 2000) process.stderr.write(`serve: laying out ${loaded.graph.order} entities for the page…\n`);
    this.positions = await layoutPositions(loaded.graph, this.positions);
    const layoutMs = performance.now() - t0;
    const raw = Buffer.from(serializePageGraph(encodePageGraph(loaded.graph, this.positions)), 'utf8');
    const payload: PagePayload = { raw, gzip: gzipSync(raw), etag: `"page-${loaded.etag.slice(1, -1)}"`, layoutMs };
    if (loaded.graph.order > 2000) process.stderr.write(`serve: layout done in ${(layoutMs / 1000).toFixed(1)} s\n`);
    this.pageCache = { loaded, payload };
    return payload;
  }
}
