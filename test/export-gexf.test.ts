// GEXF export parsed back by graphology-gexf and read by NetworkX (Debian's python3-networkx, /usr/bin/python3).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import graphology from 'graphology';
import type { MultiDirectedGraph as MultiDirectedGraphType } from 'graphology';
import gexf from 'graphology-gexf';
import { createGraph, type NewsGraph } from '../src/graph/index.js';
import { exportGraph, toGEXF, type ExportOptions } from '../src/export/index.js';
import { sampleGraph, TRICKY, trickyGraph } from './fixtures/export/graphs.js';
import { readGEXFWithNetworkX } from './fixtures/export/readers.js';

const { MultiDirectedGraph } = graphology as unknown as { MultiDirectedGraph: typeof MultiDirectedGraphType };

let dir: string;
beforeAll(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-gexf-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function write(graph: NewsGraph, name: string, options?: Partial<ExportOptions>): Promise<string> {
  const file = path.join(dir, `${name}.gexf`);
  await exportGraph(graph, 'gexf', file, options);
  return file;
}

// respectInputGraphType: otherwise the parser asks an edgeless file for a 'mixed' graph, which MultiDirectedGraph refuses.
const parseBack = async (file: string) => gexf.parse(MultiDirectedGraph, await readFile(file, 'utf8'), { respectInputGraphType: true });

describe('GEXF parsed back by graphology-gexf', () => {
  it.each([
    ['sample', '1.2', sampleGraph],
    ['sample', '1.3', sampleGraph],
    ['Korean, quotes, ampersands, angle brackets', '1.2', trickyGraph],
    ['empty', '1.2', createGraph],
  ] as const)('reads the %s graph (GEXF %s) with the same nodes and edges', async (name, version, make) => {
    const g = make();
    const back = await parseBack(await write(g, `gl-${name.replace(/\W+/g, '-')}-${version}`, { gexfVersion: version }));
    expect([back.order, back.size]).toEqual([g.order, g.size]);
    expect(back.nodes().sort()).toEqual(g.nodes().sort());
    expect(back.edges().sort()).toEqual(g.edges().sort());
    g.forEachEdge((key, _a, source, target) => expect([back.source(key), back.target(key)]).toEqual([source, target]));
  });

  it('keeps labels, scalar types, the edge weight and JSON-flattened lists', async () => {
    const g = trickyGraph();
    const back = await parseBack(await write(g, 'gl-attrs'));
    const n = back.getNodeAttributes(TRICKY.samsung.id);
    expect(n.label).toBe(TRICKY.samsung.label);
    expect(n.name).toBe(TRICKY.samsung.label);
    expect(n.mentions).toBe(1);
    expect(JSON.parse(n.aliases as string)).toEqual([TRICKY.samsung.span!.text]);
    const [key] = g.edges();
    const e = back.getEdgeAttributes(key!);
    expect(e.label).toBe('SUPPLIES');
    expect(e.weight).toBe(1);
    expect(JSON.parse(e.evidence as string)).toEqual(g.getEdgeAttribute(key!, 'evidence'));
  });

  it('writes layout attributes as viz data (position, size, colour)', async () => {
    const g = sampleGraph();
    g.mergeNodeAttributes('china', { x: 1.5, y: -2, size: 7, color: '#ff0000' } as never);
    const back = await parseBack(await write(g, 'gl-viz'));
    // GEXF 1.2 stores colours as r, g, b attributes; the parser gives them back in CSS rgb() form.
    expect(back.getNodeAttributes('china')).toMatchObject({ x: 1.5, y: -2, size: 7, color: 'rgb(255,0,0)' });
  });
});

describe('GEXF read by NetworkX (/usr/bin/python3, python3-networkx)', () => {
  it('reads a directed multigraph with the same nodes, edge keys and typed attributes', async () => {
    const g = sampleGraph();
    const nx = await readGEXFWithNetworkX(await write(g, 'nx-sample'));
    expect([nx.directed, nx.multigraph]).toEqual([true, true]);
    expect(Object.keys(nx.nodes).sort()).toEqual(g.nodes().sort());
    expect(nx.edges.map((e) => e.key).sort()).toEqual(g.edges().sort());
    expect(nx.nodes['united-states']!.mentions).toEqual(['int', 4]);
    expect(nx.nodes['united-states']!.label).toEqual(['str', 'United States']);
    const e = nx.edges.find((x) => x.key === 'united-states|RESTRICTS|china|asserted')!;
    expect(e.attrs.confidence).toEqual(['float', 0.9]);
    expect(e.attrs.weight![1]).toBe(2);
  });

  it('reads Korean, quotes, ampersands and angle brackets unchanged', async () => {
    const nx = await readGEXFWithNetworkX(await write(trickyGraph(), 'nx-tricky'));
    expect(nx.nodes[TRICKY.att.id]!.name).toEqual(['str', TRICKY.att.label]);
    expect(nx.nodes[TRICKY.samsung.id]!.label).toEqual(['str', TRICKY.samsung.label]);
  });

  it('reads viz positions under the 1.2draft viz namespace', async () => {
    const g = sampleGraph();
    g.mergeNodeAttributes('china', { x: 1.5, y: -2 } as never);
    const nx = await readGEXFWithNetworkX(await write(g, 'nx-viz'));
    expect(nx.nodes.china!.viz).toEqual(['dict', { position: { x: 1.5, y: -2, z: 0 } }]);
  });

  it('writes creator and description, not the documents object, as GEXF metadata', () => {
    const xml = toGEXF(sampleGraph());
    expect(xml).toContain('<creator>newsgraph</creator>');
    expect(xml).toContain('<description>newsgraph: 2 document(s)</description>');
  });
});
