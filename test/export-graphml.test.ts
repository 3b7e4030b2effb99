// GraphML export read back by real third-party readers: NetworkX and igraph (Debian's python3-networkx,
// python3-igraph under /usr/bin/python3) and graphology-graphml.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import graphology from 'graphology';
import type { MultiDirectedGraph as MultiDirectedGraphType } from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { createGraph, type NewsGraph } from '../src/graph/index.js';
import { exportGraph, toGraphML } from '../src/export/index.js';
import { sampleGraph, TRICKY, trickyGraph } from './fixtures/export/graphs.js';
import { readGraphMLWithIgraph, readGraphMLWithNetworkX } from './fixtures/export/readers.js';

const { MultiDirectedGraph } = graphology as unknown as { MultiDirectedGraph: typeof MultiDirectedGraphType };

let dir: string;
beforeAll(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-graphml-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function write(graph: NewsGraph, name: string): Promise<string> {
  const file = path.join(dir, `${name}.graphml`);
  await exportGraph(graph, 'graphml', file);
  return file;
}

/** Parsed GraphML attributes with the JSON text of list and object attributes decoded, per the original's shape. */
function decoded(parsed: Record<string, unknown>, original: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) =>
    [k, typeof original[k] === 'object' && typeof v === 'string' ? JSON.parse(v) : v]));
}

describe('GraphML read by NetworkX (/usr/bin/python3, python3-networkx)', () => {
  it('reads a directed multigraph with the same nodes, edges and edge keys', async () => {
    const g = sampleGraph();
    const nx = await readGraphMLWithNetworkX(await write(g, 'nx-sample'));
    expect(nx.directed).toBe(true);
    expect(nx.multigraph).toBe(true);
    expect(Object.keys(nx.nodes).sort()).toEqual(g.nodes().sort());
    expect(nx.edges.map((e) => [e.source, e.target, e.key]).sort()).toEqual(g.edges().map((k) => [g.source(k), g.target(k), k]).sort());
  });

  it('reads typed attributes: mentions and weight as int, confidence as float, label = name', async () => {
    const g = sampleGraph();
    const nx = await readGraphMLWithNetworkX(await write(g, 'nx-types'));
    const us = nx.nodes['united-states']!;
    expect(us.mentions).toEqual(['int', g.getNodeAttribute('united-states', 'mentions')]);
    expect(us.label).toEqual(['str', 'United States']);
    expect(us.nameKo).toEqual(['str', '미국']);
    expect(JSON.parse(us.aliases![1] as string)).toEqual(['Washington']);
    const key = 'united-states|RESTRICTS|china|asserted';
    const e = nx.edges.find((x) => x.key === key)!;
    expect(e.attrs.confidence).toEqual(['float', 0.9]);
    expect(e.attrs.weight).toEqual(['int', 2]);
    expect(e.attrs.relation).toEqual(['str', 'RESTRICTS']);
    expect(JSON.parse(e.attrs.evidence![1] as string)).toEqual(g.getEdgeAttribute(key, 'evidence'));
  });

  it('reads the documents graph attribute as JSON text', async () => {
    const g = sampleGraph();
    const nx = await readGraphMLWithNetworkX(await write(g, 'nx-docs'));
    expect(nx.graph.name).toBe('newsgraph');
    expect(JSON.parse(nx.graph.documents as string)).toEqual(g.getAttribute('documents'));
  });

  it('reads Korean, quotes, ampersands and angle brackets unchanged', async () => {
    const nx = await readGraphMLWithNetworkX(await write(trickyGraph(), 'nx-tricky'));
    expect(nx.nodes[TRICKY.samsung.id]!.name).toEqual(['str', TRICKY.samsung.label]);
    expect(nx.nodes[TRICKY.att.id]!.label).toEqual(['str', TRICKY.att.label]);
    expect(JSON.parse(nx.nodes[TRICKY.samsung.id]!.aliases![1] as string)).toEqual([TRICKY.samsung.span!.text]);
    expect(nx.edges).toHaveLength(1);
    expect(JSON.parse(nx.edges[0]!.attrs.predicates![1] as string)).toEqual(['공급하다 & "납품"']);
  });

  it('reads an empty graph', async () => {
    const nx = await readGraphMLWithNetworkX(await write(createGraph(), 'nx-empty'));
    expect([Object.keys(nx.nodes).length, nx.edges.length]).toEqual([0, 0]);
    expect(JSON.parse(nx.graph.documents as string)).toEqual({});
  });
});

describe('GraphML read by igraph (/usr/bin/python3, python3-igraph)', () => {
  it('reads the same vertex and edge counts, ids and edge keys', async () => {
    const g = sampleGraph();
    const ig = await readGraphMLWithIgraph(await write(g, 'ig-sample'));
    expect(ig.directed).toBe(true);
    expect(ig.vertices.map((v) => v.id![1]).sort()).toEqual(g.nodes().sort());
    expect(ig.edges.map((e) => [e.source, e.target, e.attrs.id![1]]).sort())
      .toEqual(g.edges().map((k) => [g.source(k), g.target(k), k]).sort());
  });

  it('reads numeric attributes as numbers and strings as strings', async () => {
    const g = sampleGraph();
    const ig = await readGraphMLWithIgraph(await write(g, 'ig-types'));
    const us = ig.vertices.find((v) => v.id![1] === 'united-states')!;
    // igraph keeps every numeric attribute as a float.
    expect(us.mentions).toEqual(['float', g.getNodeAttribute('united-states', 'mentions')]);
    expect(us.label).toEqual(['str', 'United States']);
    const e = ig.edges.find((x) => x.attrs.id![1] === 'united-states|RESTRICTS|china|planned')!;
    expect(e.attrs.confidence).toEqual(['float', 0.65]);
    expect(e.attrs.modality).toEqual(['str', 'planned']);
    expect(e.attrs.firstSeen).toEqual(['str', '2025-01-15']);
  });

  it('reads Korean, quotes, ampersands and angle brackets unchanged', async () => {
    const ig = await readGraphMLWithIgraph(await write(trickyGraph(), 'ig-tricky'));
    // libxml2's SAX2 interface, which igraph reads through, hands back '&amp;' inside *attribute* values
    // (here node ids) as '&#38;' (GNOME bug 316487); text content is unaffected. Project ids are slugs
    // without '&', but these test ids carry one on purpose.
    const libxml2Attr = (s: unknown) => String(s).replaceAll('&#38;', '&');
    expect(ig.vertices.map((v) => [libxml2Attr(v.id![1]), v.name![1]]).sort())
      .toEqual([[TRICKY.att.id, TRICKY.att.label], [TRICKY.samsung.id, TRICKY.samsung.label]].sort());
  });

  it('reads an empty graph', async () => {
    const ig = await readGraphMLWithIgraph(await write(createGraph(), 'ig-empty'));
    expect([ig.vertices.length, ig.edges.length]).toEqual([0, 0]);
  });
});

describe('GraphML parsed back by graphology-graphml', () => {
  const parseBack = async (file: string) => parseGraphML(MultiDirectedGraph, await readFile(file, 'utf8'));

  it.each([
    ['sample', sampleGraph],
    ['Korean, quotes, ampersands, angle brackets', trickyGraph],
    ['empty', createGraph],
  ])('round-trips the %s graph: same nodes, edges and attributes', async (name, make) => {
    const g = make();
    const back = await parseBack(await write(g, `gl-${name.replace(/\W+/g, '-')}`));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    g.forEachNode((node, a) => {
      expect(decoded(back.getNodeAttributes(node), a)).toEqual({ ...a, label: a.name });
    });
    g.forEachEdge((key, a, source, target) => {
      expect([back.source(key), back.target(key)]).toEqual([source, target]);
      expect(decoded(back.getEdgeAttributes(key), a)).toEqual({ ...a, label: a.relation });
    });
    expect(JSON.parse(back.getAttribute('documents') as string)).toEqual(g.getAttribute('documents'));
  });
});

describe('GraphML text', () => {
  it('declares a typed key for every node and edge attribute', () => {
    const xml = toGraphML(sampleGraph());
    const keys = [...xml.matchAll(/<key id="(d\d+)" for="(\w+)" attr\.name="(\w+)" attr\.type="(\w+)"\/>/g)].map((m) => `${m[2]}.${m[3]}:${m[4]}`);
    expect(keys).toEqual(expect.arrayContaining([
      'node.name:string', 'node.label:string', 'node.mentions:int', 'node.aliases:string', 'node.mentionsByDoc:string',
      'edge.confidence:double', 'edge.weight:int', 'edge.relation:string', 'edge.evidence:string', 'graph.documents:string',
    ]));
  });

  it('replaces characters XML 1.0 cannot carry and keeps the file readable', async () => {
    const g = sampleGraph();
    g.setNodeAttribute('china', 'name', 'Chi\u0001na\r\nPRC');
    const nx = await readGraphMLWithNetworkX(await write(g, 'nx-control-chars'));
    expect(nx.nodes.china!.name).toEqual(['str', 'Chi\uFFFDna\nPRC']);
  });
});
