// The `serve` HTTP server: the exploration page, the graph file as JSON (whole, or laid out and without
// evidence text for the page, which fetches evidence on click), status, a read-only Cypher box and GraphML
// export of the current view. node:http only — eight routes do not need a framework.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ServeError } from '../errors.js';
import { toGraphML } from '../export/index.js';
import { createGraph, type NewsGraph } from '../graph/index.js';
import { resolveOptions } from '../util/options.js';
import { statusForCypherError, type CypherRunner } from './cypher.js';
import { GraphFile } from './graph-file.js';
import { PAGE_GRAPH_CONTENT_TYPE, PAGE_GRAPH_COUNTS_HEADER } from './page-graph.js';
import { DEFAULT_SERVE_OPTIONS, validateServeOptions, type ServeOptions } from './options.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export type StartServerOptions = Partial<ServeOptions> & { cypher?: CypherRunner | null };

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const PAGE_FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

// Article text is rendered with DOM text APIs; the policy is the second line of defence.
// The layout worker is started from a blob: URL, sigma's image export draws into blob:/data: images.
const CSP = "default-src 'self'; script-src 'self'; worker-src blob:; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const MAX_BODY = 32 * 1024 * 1024;
/** Statements per /api/evidence request: the page asks for at most the 40 it lists for one entity. */
const MAX_EVIDENCE_EDGES = 200;

export async function startServer(opts: StartServerOptions = {}): Promise<RunningServer> {
  const { cypher = null, ...rest } = opts;
  const o = resolveOptions('serve', DEFAULT_SERVE_OPTIONS, rest, validateServeOptions);
  const graphFile = new GraphFile(path.resolve(o.graphFile));
  const pageCache = new Map<string, Buffer>();

  async function pageFile(name: string): Promise<Buffer> {
    const hit = pageCache.get(name);
    if (hit) return hit;
    try {
      const buf = await readFile(path.join(o.pageDir, name));
      pageCache.set(name, buf);
      return buf;
    } catch {
      throw new HttpError(503, `serve: the page is not built (${path.join(o.pageDir, name)} missing); run \`npm run build:page\``);
    }
  }

  /** A cached JSON body (or `extra`'s content type), gzipped when the client takes it, with a validator. */
  function sendCached(req: IncomingMessage, res: ServerResponse, body: { raw: Buffer; gzip: Buffer; etag: string }, extra: Record<string, string> = {}): void {
    if (req.headers['if-none-match'] === body.etag) return send(res, 304, Buffer.alloc(0), { etag: body.etag, ...extra });
    const gz = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    send(res, 200, gz ? body.gzip : body.raw, {
      'content-type': 'application/json; charset=utf-8', etag: body.etag, 'cache-control': 'no-cache',
      ...(gz ? { 'content-encoding': 'gzip' } : {}), vary: 'accept-encoding', ...extra,
    });
  }

  async function currentGraph() {
    const g = await graphFile.load();
    if (!g) throw new HttpError(404, `serve: graph file ${o.graphFile} not found; build the graph first (newsgraph build), then reload`);
    return g;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    checkHost(req, o.host);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method} ${url.pathname}`;

    const page = PAGE_FILES[url.pathname];
    if (page && (req.method === 'GET' || req.method === 'HEAD')) {
      const body = await pageFile(page.file);
      return send(res, 200, body, { 'content-type': page.type, 'cache-control': 'no-cache' });
    }

    switch (route) {
      case 'GET /api/graph':
        return sendCached(req, res, await currentGraph());
      case 'GET /api/page-graph': {
        const { graph } = await currentGraph(); // the same 404 when the file is missing
        const p = await graphFile.page();
        if (!p) throw new HttpError(404, `serve: graph file ${o.graphFile} not found; build the graph first (newsgraph build), then reload`);
        // The counts come with the headers, before the body: the page picks sigma's profile while it downloads.
        return sendCached(req, res, p, { 'content-type': PAGE_GRAPH_CONTENT_TYPE, [PAGE_GRAPH_COUNTS_HEADER]: `${graph.order} ${graph.size}` });
      }
      case 'GET /api/evidence': {
        // The supporting sentences of statements, by edge key (repeat `edge=`): the page payload leaves them out.
        const keys = url.searchParams.getAll('edge');
        if (!keys.length) throw new HttpError(400, 'serve: name the statements as /api/evidence?edge=<key>&edge=<key>');
        if (keys.length > MAX_EVIDENCE_EDGES) throw new HttpError(400, `serve: at most ${MAX_EVIDENCE_EDGES} statements per /api/evidence request`);
        const { graph } = await currentGraph();
        const evidence: Record<string, unknown> = {};
        const missing: string[] = [];
        for (const k of keys) {
          if (graph.hasEdge(k)) evidence[k] = graph.getEdgeAttribute(k, 'evidence');
          else missing.push(k);
        }
        return json(res, 200, { evidence, missing });
      }
      case 'GET /api/status': {
        const g = await graphFile.load();
        return json(res, 200, {
          neo4j: cypher !== null,
          graphFile: o.graphFile,
          graphLoaded: g !== null,
          documents: g?.documents ?? 0,
          nodes: g?.graph.order ?? 0,
          edges: g?.graph.size ?? 0,
          maxRows: o.maxRows,
        });
      }
      case 'POST /api/cypher': {
        if (!cypher) {
          throw new HttpError(503, 'serve: no Neo4j connection — the page runs from the graph/ files only; start `newsgraph serve` with Neo4j configured to use the Cypher box');
        }
        const body = await readJson(req, 1024 * 1024);
        const { query, params = {} } = body as { query?: unknown; params?: unknown };
        if (typeof query !== 'string' || !query.trim()) throw new HttpError(400, 'serve: body must be {"query": "<Cypher>", "params": {...}}');
        if (typeof params !== 'object' || params === null || Array.isArray(params)) throw new HttpError(400, 'serve: "params" must be an object');
        try {
          const result = await withTimeout(
            // One row over the cap tells a truncated result from one that fits exactly.
            cypher(query, params as Record<string, unknown>, { timeoutMs: o.cypherTimeoutMs, maxRows: o.maxRows + 1 }),
            o.cypherTimeoutMs + 2000,
          );
          const truncated = result.rows.length > o.maxRows;
          return json(res, 200, { ...result, rows: truncated ? result.rows.slice(0, o.maxRows) : result.rows, truncated });
        } catch (err) {
          if (err instanceof HttpError) throw err;
          // Neo4j's own message, never a stack trace.
          throw new HttpError(statusForCypherError(err), (err as Error)?.message ?? String(err));
        }
      }
      case 'GET /api/export.graphml':
      case 'POST /api/export.graphml': {
        const g = await currentGraph();
        let nodes: string[] | undefined;
        let edges: string[] | undefined;
        if (req.method === 'POST') {
          const body = (await readJson(req, MAX_BODY)) as { nodes?: unknown; edges?: unknown };
          nodes = stringList(body.nodes, 'nodes');
          edges = body.edges === undefined ? undefined : stringList(body.edges, 'edges');
        } else {
          const n = url.searchParams.get('nodes');
          const e = url.searchParams.get('edges');
          nodes = n === null ? undefined : n.split(',').filter(Boolean);
          edges = e === null ? undefined : e.split(',').filter(Boolean);
        }
        const view = nodes ? subgraph(g.graph, nodes, edges) : g.graph;
        const xml = toGraphML(view);
        return send(res, 200, Buffer.from(xml, 'utf8'), {
          'content-type': 'application/graphml+xml; charset=utf-8',
          'content-disposition': 'attachment; filename="newsgraph-view.graphml"',
        });
      }
      default:
        if (PAGE_FILES[url.pathname] || knownApi(url.pathname)) throw new HttpError(405, `serve: ${route} is not allowed`);
        throw new HttpError(404, `serve: ${url.pathname} not found`);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      const message = err instanceof HttpError || err instanceof ServeError ? err.message : `serve: internal error: ${(err as Error)?.message ?? err}`;
      if (status === 500) process.stderr.write(`${message}\n`);
      if (res.headersSent) { res.destroy(); return; }
      json(res, status, { error: message });
    });
  });

  // Lay the graph out before taking requests: the first page load then gets positions at once.
  // A missing or broken file is reported per request instead, as it may appear or be fixed later.
  await graphFile.page().catch(() => null);

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE'
        ? new ServeError(`port ${o.port} on ${o.host} is in use; choose another with --port`, { cause: err })
        : new ServeError(`cannot listen on ${o.host}:${o.port}: ${err.message}`, { cause: err }));
    });
    server.listen(o.port, o.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const hostPart = o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    url: `http://${hostPart}:${port}/`,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    }),
  };
}

const knownApi = (p: string) => ['/api/graph', '/api/page-graph', '/api/evidence', '/api/status', '/api/cypher', '/api/export.graphml'].includes(p);

/** Refuse requests addressed to another host name (DNS rebinding against a loopback server). */
function checkHost(req: IncomingMessage, boundHost: string): void {
  if (boundHost !== '127.0.0.1' && boundHost !== 'localhost' && boundHost !== '::1') return;
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (!['127.0.0.1', 'localhost', '[::1]', ''].includes(host)) throw new HttpError(403, `serve: unexpected Host header "${host}"`);
}

function send(res: ServerResponse, status: number, body: Buffer, headers: Record<string, string>): void {
  res.writeHead(status, {
    'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer',
    'content-length': String(body.length), ...headers,
  });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  send(res, status, Buffer.from(body, 'utf8'), { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
}

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  // A JSON content type cannot be sent cross-origin without a preflight, which this server never grants.
  if (!/^application\/json\b/.test(String(req.headers['content-type'] ?? ''))) {
    throw new HttpError(415, 'serve: send the body as application/json');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `serve: request body over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'serve: request body is not valid JSON');
  }
}

function stringList(v: unknown, name: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new HttpError(400, `serve: "${name}" must be an array of strings`);
  return v as string[];
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new HttpError(504, `serve: the Cypher query did not finish within ${ms} ms`)), ms);
    }),
  ]);
}

/** The view being exported: the given nodes, and the given edges (or all edges among the nodes). */
export function subgraph(graph: NewsGraph, nodes: string[], edges?: string[]): NewsGraph {
  const out = createGraph();
  const keep = new Set(nodes.filter((n) => graph.hasNode(n)));
  const documents = graph.getAttribute('documents');
  const edgeKeys = edges
    ? edges.filter((e) => graph.hasEdge(e) && keep.has(graph.source(e)) && keep.has(graph.target(e)))
    : graph.filterEdges((_e, _a, s, t) => keep.has(s) && keep.has(t));
  for (const n of keep) out.addNode(n, structuredClone(graph.getNodeAttributes(n)));
  const usedDocs = new Set<string>();
  for (const e of edgeKeys) {
    const a = graph.getEdgeAttributes(e);
    a.docs.forEach((d) => usedDocs.add(d));
    out.addDirectedEdgeWithKey(e, graph.source(e), graph.target(e), structuredClone(a));
  }
  for (const n of keep) graph.getNodeAttribute(n, 'docs').forEach((d) => usedDocs.add(d));
  out.replaceAttributes({
    ...graph.getAttributes(),
    documents: Object.fromEntries([...usedDocs].filter((d) => documents[d]).map((d) => [d, documents[d]!])),
  });
  return out;
}
