import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lockTestNeo4j, NEO4J_LOCK_TIMEOUT_MS } from './helpers/neo4j-lock.js';
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { buildPage } from '../scripts/build-page.mjs';
import { OptionsError, ServeError } from '../src/errors.js';
import { toJSON } from '../src/graph/index.js';
import { startServer, type RunningServer } from '../src/serve/index.js';
import { layoutPositions } from '../src/serve/layout.js';
import {
  announcedCounts, decodePageGraph, decodePageNodes, parsePageGraph, parsePageGraphHead, payloadDegrees, readPageGraphBody,
} from '../src/serve/page-graph.js';
import { E, fixtureGraph, loadIntoNeo4j, neo4jRunner, openDriver, writeGraphFile } from './page-fixture.js';

let pageDir: string;
let graphFile: string;
let plain: RunningServer;

beforeAll(async () => {
  pageDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-serve-page-'));
  await buildPage({ outDir: pageDir, quiet: true });
  graphFile = await writeGraphFile(fixtureGraph());
  plain = await startServer({ port: 0, graphFile, pageDir });
});
afterAll(async () => { await plain?.close(); });

const post = (url: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** GraphML through NetworkX, a real third-party reader: returns its node ids and edge count. */
function readGraphML(xml: string): { nodes: string[]; edges: number } {
  const py = 'import sys, json, networkx as nx\ng = nx.read_graphml(sys.stdin.buffer)\nprint(json.dumps({"nodes": sorted(g.nodes()), "edges": g.number_of_edges()}))';
  const r = spawnSync('python3', ['-c', py], { input: xml, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`networkx could not read the GraphML: ${r.stderr}`);
  return JSON.parse(r.stdout) as { nodes: string[]; edges: number };
}

describe('serve: page and graph routes', () => {
  it('serves the built page with a strict script policy', async () => {
    const res = await fetch(plain.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('src="/app.js"');
    const js = await fetch(new URL('/app.js', plain.url));
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers /api/graph with the graph file as graphology JSON', async () => {
    const body = (await (await fetch(new URL('/api/graph', plain.url))).json()) as ReturnType<typeof toJSON>;
    expect(body).toEqual(JSON.parse(JSON.stringify(toJSON(fixtureGraph()))));
  });

  it('reports status counts and that no Neo4j is configured', async () => {
    const status = await (await fetch(new URL('/api/status', plain.url))).json();
    expect(status).toMatchObject({ neo4j: false, documents: 3, nodes: 7, edges: 7, graphLoaded: true });
  });

  it('re-reads the graph file when it changes', async () => {
    const file = await writeGraphFile(fixtureGraph());
    const srv = await startServer({ port: 0, graphFile: file, pageDir });
    try {
      expect((await (await fetch(new URL('/api/status', srv.url))).json()).nodes).toBe(7);
      const g = fixtureGraph();
      g.dropNode(E.tsmc.id);
      await writeFile(file, JSON.stringify(toJSON(g)));
      expect((await (await fetch(new URL('/api/status', srv.url))).json()).nodes).toBe(6);
      const served = (await (await fetch(new URL('/api/graph', srv.url))).json()) as { nodes: Array<{ key: string }> };
      expect(served.nodes.map((n) => n.key)).not.toContain(E.tsmc.id);
    } finally {
      await srv.close();
    }
  });

  it('says how to build the graph when the graph file is missing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-nograph-'));
    const srv = await startServer({ port: 0, graphFile: path.join(dir, 'newsgraph.json'), pageDir });
    try {
      const res = await fetch(new URL('/api/graph', srv.url));
      expect(res.status).toBe(404);
      expect((await res.json()).error).toMatch(/^serve: graph file .* not found; build the graph first/);
      expect(await (await fetch(new URL('/api/status', srv.url))).json()).toMatchObject({ graphLoaded: false, nodes: 0 });
    } finally {
      await srv.close();
    }
  });

  it('exports the requested view as GraphML that NetworkX reads', async () => {
    const nodes = [E.us.id, E.cn.id, E.tsmc.id];
    const res = await post(new URL('/api/export.graphml', plain.url).href, { nodes });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('newsgraph-view.graphml');
    const g = readGraphML(await res.text());
    expect(g.nodes).toEqual([...nodes].sort());
    expect(g.edges).toBe(3); // US→China asserted and planned, TSMC→US
  });
});

describe('serve: the page payload', () => {
  const payload = async () => parsePageGraph(await (await fetch(new URL('/api/page-graph', plain.url))).text());
  const pageGraph = async () => decodePageGraph(await payload());

  it('carries every entity and statement, laid out, with what the filters need', async () => {
    const g = await pageGraph();
    const full = fixtureGraph();
    expect(g.nodes().sort()).toEqual(full.nodes().sort());
    expect(g.edges().sort()).toEqual(full.edges().sort());
    expect(g.everyNode((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y))).toBe(true);
    // Not all in one place: the layout spread them.
    expect(new Set(g.mapNodes((_n, a) => `${a.x},${a.y}`)).size).toBe(g.order);
    const key = 'united-states|RESTRICTS|china|asserted';
    expect(g.getEdgeAttributes(key)).toEqual({
      relation: 'RESTRICTS', modality: 'asserted', weight: 1, confidence: 0.85,
      evidence: [{ docId: 'doc-ko-1', lang: 'ko', confidence: 0.85 }],
    });
    expect(g.getNodeAttributes(E.samsung.id)).toMatchObject({ name: 'Samsung Electronics', nameKo: '삼성전자', type: 'Company', docs: ['doc-ko-1'] });
    expect(Object.keys(g.getAttribute('documents')).sort()).toEqual(['doc-en-1', 'doc-en-2', 'doc-ko-1']);
  });

  it('gives the entities alone, and their statement counts, for the page’s first draw', async () => {
    const p = await payload();
    const full = decodePageGraph(p);
    const preview = decodePageNodes(p);
    expect(preview.size).toBe(0);
    expect(preview.mapNodes((n, a) => [n, a])).toEqual(full.mapNodes((n, a) => [n, a]));
    expect([...payloadDegrees(p)]).toEqual(full.mapNodes((n) => [n, full.degree(n)]));
  });

  it('sends the entities as a first line, readable before the statements line has been decoded', async () => {
    const res = await fetch(new URL('/api/page-graph', plain.url));
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const { head, edges } = readPageGraphBody(res.body!);
    const first = parsePageGraphHead(await head);
    expect(first).not.toHaveProperty('edges');
    expect(decodePageNodes(first).order).toBe(fixtureGraph().order);
    expect(JSON.parse(await edges)).toHaveLength(fixtureGraph().size);
  });

  it('announces its entity and statement counts in a header, before the body', async () => {
    const res = await fetch(new URL('/api/page-graph', plain.url));
    const full = fixtureGraph();
    expect(announcedCounts(res.headers)).toEqual({ nodes: full.order, edges: full.size });
    await res.arrayBuffer();
  });

  it('leaves the evidence sentences out', async () => {
    const text = await (await fetch(new URL('/api/page-graph', plain.url))).text();
    expect(text).not.toContain('미국 정부는');
    expect(text).toContain('"Samsung Electronics"');
  });

  it('serves the evidence of the statements asked for, and names the unknown ones', async () => {
    const key = 'united-states|RESTRICTS|china|asserted';
    const q = new URLSearchParams([['edge', key], ['edge', 'nobody|KNOWS|nothing|asserted']]);
    const res = await fetch(new URL(`/api/evidence?${q}`, plain.url));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.evidence[key].map((e: { sentence: string }) => e.sentence)).toEqual(['미국 정부는 중국에 대한 반도체 수출을 제한했다.']);
    expect(body.missing).toEqual(['nobody|KNOWS|nothing|asserted']);
  });

  it('answers 400 to an evidence request naming no statement', async () => {
    const res = await fetch(new URL('/api/evidence', plain.url));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/edge=<key>/);
  });

  it('lays out the same graph the same way every time', async () => {
    expect([...await layoutPositions(fixtureGraph())]).toEqual([...await layoutPositions(fixtureGraph())]);
  });

  it('pulls linked entities together and keeps unlinked groups apart', async () => {
    // Two groups of five entities, each linked within itself only.
    const g = fixtureGraph();
    g.clear();
    const ids = ['a', 'b'].flatMap((grp) => [0, 1, 2, 3, 4].map((i) => `${grp}${i}`));
    for (const id of ids) g.addNode(id, { label: id } as never);
    for (const grp of ['a', 'b']) {
      for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) g.addEdge(`${grp}${i}`, `${grp}${j}`, { weight: 1 } as never);
    }
    const p = await layoutPositions(g);
    const dist = (u: string, v: string) => Math.hypot(p.get(u)!.x - p.get(v)!.x, p.get(u)!.y - p.get(v)!.y);
    const pairs = ids.flatMap((u, i) => ids.slice(i + 1).map((v) => [u, v] as const));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const within = mean(pairs.filter(([u, v]) => u[0] === v[0]).map(([u, v]) => dist(u, v)));
    const across = mean(pairs.filter(([u, v]) => u[0] !== v[0]).map(([u, v]) => dist(u, v)));
    expect(within * 2).toBeLessThan(across);
  });

  it('uses the positions a graph file already carries', async () => {
    const g = fixtureGraph();
    g.forEachNode((n, _a) => g.mergeNodeAttributes(n, { x: n.length, y: -n.length } as never));
    const p = await layoutPositions(g);
    expect(p.get(E.us.id)).toEqual({ x: E.us.id.length, y: -E.us.id.length });
  });
});

describe('serve: refusals', () => {
  it.each([
    ['no runner configured', () => post(new URL('/api/cypher', plain.url).href, { query: 'RETURN 1' }), 503, /runs from the graph\/ files only/],
    ['a form-encoded body', () => post(new URL('/api/export.graphml', plain.url).href, 'nodes=x', { 'content-type': 'application/x-www-form-urlencoded' }), 415, /application\/json/],
    ['a body that is not JSON', () => post(new URL('/api/export.graphml', plain.url).href, '{nodes:', { 'content-type': 'application/json' }), 400, /not valid JSON/],
    ['an unknown route', () => fetch(new URL('/api/nothing', plain.url)), 404, /not found/],
    ['a wrong method', () => fetch(new URL('/api/cypher', plain.url)), 405, /not allowed/],
  ])('%s', async (_name, call, status, message) => {
    const res = await call();
    expect(res.status).toBe(status);
    expect((await res.json()).error).toMatch(message);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { port } = new URL(plain.url);
    const status = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/api/status', headers: { host: 'evil.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject).end();
    });
    expect(status).toBe(403);
  });

  it('fails with a ServeError when the port is taken', async () => {
    const { port } = new URL(plain.url);
    await expect(startServer({ port: Number(port), graphFile, pageDir })).rejects.toThrow(ServeError);
  });

  it('rejects unknown options', async () => {
    await expect(startServer({ graphfile: 'x' } as never)).rejects.toThrow(OptionsError);
  });
});

describe('serve: Cypher through a real Neo4j runner', () => {
  let driver: Driver;
  let srv: RunningServer;
  const LABEL = 'NgServeTest';

  let unlock: (() => void) | undefined;
  beforeAll(async () => {
    unlock = await lockTestNeo4j();
    driver = await openDriver();
    await loadIntoNeo4j(driver, fixtureGraph(), LABEL);
    srv = await startServer({ port: 0, graphFile, pageDir, cypher: neo4jRunner(driver), maxRows: 2 });
  }, NEO4J_LOCK_TIMEOUT_MS);
  afterAll(async () => {
    await srv?.close();
    await driver?.executeQuery(`MATCH (n:${LABEL}) DETACH DELETE n`).catch(() => {});
    await driver?.close();
    unlock?.();
  });

  it('returns columns, rows and the entity ids and edge keys found', async () => {
    const res = await post(new URL('/api/cypher', srv.url).href, {
      query: `MATCH (a:${LABEL} {id: $id})-[r]->(b) RETURN a, r, b`, params: { id: E.us.id },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.columns).toEqual(['a', 'r', 'b']);
    expect(body.nodes.sort()).toEqual([E.cn.id, E.us.id]);
    expect(body.edges.sort()).toEqual(['united-states|RESTRICTS|china|asserted', 'united-states|RESTRICTS|china|planned']);
  });

  it('caps the rows at maxRows and says so', async () => {
    const body = await (await post(new URL('/api/cypher', srv.url).href, { query: `MATCH (n:${LABEL}) RETURN n.id` })).json();
    expect(body.rows).toHaveLength(2);
    expect(body.truncated).toBe(true);
  });

  it.each([
    ['a syntax error', 'MATCH (n RETURN n', /Invalid input/],
    ['a write in the read-only box', `CREATE (n:${LABEL} {id: 'intruder'})`, /read|write/i],
  ])('answers 400 with Neo4j’s message for %s, and no stack trace', async (_name, query, message) => {
    const res = await post(new URL('/api/cypher', srv.url).href, { query });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error).toMatch(message);
    expect(error).not.toMatch(/\n\s+at /);
  });
});

describe('serve: reading the page payload as it arrives', () => {
  const body = '{"format":"newsgraph-page-2","nodes":[["samsung","Samsung","삼성전자"]]}\n[[0,0,0,0,1,0.9,[]]]\n';
  const bytes = new TextEncoder().encode(body);
  const nl = bytes.indexOf(0x0a);
  const hangul = bytes.indexOf(0xec); // first byte of 삼
  const streamOf = (cuts: number[]) => new ReadableStream<Uint8Array>({
    start(c) {
      let from = 0;
      for (const to of [...cuts, bytes.length]) { c.enqueue(bytes.slice(from, to)); from = to; }
      c.close();
    },
  });
  it.each<[string, number[]]>([
    ['in one chunk', []],
    ['cut just before the newline', [nl]],
    ['cut just after the newline', [nl + 1]],
    ['cut inside a Korean character', [hangul + 1, hangul + 4]],
    ['one byte at a time', Array.from({ length: bytes.length - 1 }, (_, i) => i + 1)],
  ])('splits the lines when the body comes %s', async (_name, cuts) => {
    const { head, edges } = readPageGraphBody(streamOf(cuts));
    expect(await head).toBe(body.slice(0, body.indexOf('\n')));
    expect(await edges).toBe('[[0,0,0,0,1,0.9,[]]]\n');
  });

  it('says so when the body ends inside its first line', async () => {
    const { head, edges } = readPageGraphBody(new ReadableStream({ start(c) { c.enqueue(bytes.slice(0, 20)); c.close(); } }));
    await expect(head).rejects.toThrow('page graph: the body ended inside its first line');
    await expect(edges).rejects.toThrow('page graph: the body ended inside its first line');
  });

  it('names a payload of another version', () => {
    expect(() => parsePageGraphHead('{"format":"newsgraph-page-1","nodes":[]}')).toThrow(/expected a newsgraph-page-2 payload, got newsgraph-page-1; reload the page/);
  });
});
