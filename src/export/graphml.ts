// GraphML writer (xmlbuilder2). Every attribute gets a typed <key>; lists and objects are written as
// JSON text because GraphML has no collection types. Nodes also get `label` (= name) and edges `label`
// (= relation), the attributes yEd and Gephi show. Output is sorted, so re-exports are byte-identical.
import { create } from 'xmlbuilder2';
import type { Attributes } from 'graphology-types';
import type { NewsGraph } from '../graph/index.js';
import { canonicalCopy, formatDouble, inferColumns, xmlSafe, type ColumnKind } from './canonical.js';
import { resolveExportOptions, type ExportOptions } from './options.js';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const GRAPHML_XSD = 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';

/** Numeric attributes that are fractions by nature, whatever values the graph happens to hold. */
const EDGE_HINTS = { confidence: 'double' } as const;

type Domain = 'graph' | 'node' | 'edge';

function attrType(kind: ColumnKind): string {
  if (kind.list || kind.of === 'json') return 'string';
  return kind.of;
}

function dataText(kind: ColumnKind, v: unknown): string {
  if (kind.list || kind.of === 'json') return xmlSafe(JSON.stringify(v));
  if (typeof v === 'number' && kind.of === 'double') return formatDouble(v);
  return xmlSafe(String(v));
}

export function toGraphML(graph: NewsGraph, options?: Partial<ExportOptions>): string {
  const opts = resolveExportOptions(options);
  const g = canonicalCopy(graph, opts);

  const withLabel = (label: unknown, a: Attributes): Attributes => ('label' in a ? a : { ...a, label });
  const nodes = g.mapNodes((key, a) => ({ key, attrs: withLabel(a.name, a) }));
  const edges = g.mapEdges((key, a, source, target) => ({ key, source, target, attrs: withLabel(a.relation, a) }));

  // Key ids d0, d1, … in (graph, node, edge) × attribute-name order: stable, and valid NMTOKENs whatever the names.
  const keys: Record<Domain, Map<string, { id: string; kind: ColumnKind }>> = { graph: new Map(), node: new Map(), edge: new Map() };
  let n = 0;
  const declare = (domain: Domain, columns: Map<string, ColumnKind>) => {
    for (const [name, kind] of columns) keys[domain].set(name, { id: `d${n++}`, kind });
  };
  declare('graph', inferColumns([g.getAttributes()]));
  declare('node', inferColumns(nodes.map((x) => x.attrs)));
  declare('edge', inferColumns(edges.map((x) => x.attrs), EDGE_HINTS));

  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_XSD}`,
  });
  for (const domain of ['graph', 'node', 'edge'] as const) {
    for (const [name, { id, kind }] of keys[domain]) {
      root.ele('key', { id, for: domain, 'attr.name': xmlSafe(name), 'attr.type': attrType(kind) });
    }
  }

  const writeData = (parent: ReturnType<typeof root.ele>, domain: Domain, attrs: Attributes) => {
    for (const [name, { id, kind }] of keys[domain]) {
      const v = attrs[name];
      if (v === undefined || v === null) continue;
      parent.ele('data', { key: id }).txt(dataText(kind, v));
    }
  };

  // graphology-graphml (and the spec) want graph-level <data> before the first node.
  const graphEl = root.ele('graph', { id: xmlSafe(String(g.getAttribute('name') || 'G')), edgedefault: 'directed' });
  writeData(graphEl, 'graph', g.getAttributes());
  for (const { key, attrs } of nodes) writeData(graphEl.ele('node', { id: xmlSafe(key) }), 'node', attrs);
  for (const { key, source, target, attrs } of edges) {
    writeData(graphEl.ele('edge', { id: xmlSafe(key), source: xmlSafe(source), target: xmlSafe(target) }), 'edge', attrs);
  }
  return doc.end({ prettyPrint: opts.pretty }) + '\n';
}
