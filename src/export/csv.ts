// CSV in the layout `neo4j-admin database import` reads:
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --array-delimiter=';' <db>
// Headers carry the types (id:ID, mentions:long, aliases:string[], :LABEL / :START_ID, :END_ID, :TYPE);
// lists are joined with the array delimiter, objects (mentionsByDoc, evidence) are JSON text.
// Quoting is RFC 4180 (csv-stringify), which is neo4j-admin's default. JSON text never spans lines.
import { stringify } from 'csv-stringify/sync';
import type { Attributes } from 'graphology-types';
import { ExportError } from '../errors.js';
import type { NewsGraph } from '../graph/index.js';
import { canonicalCopy, inferColumns, type ColumnKind } from './canonical.js';
import { resolveExportOptions, type ExportOptions } from './options.js';

export const CSV_FILES = { nodes: 'nodes.csv', relationships: 'relationships.csv' } as const;

/** Every node also gets this label, next to its entity type. */
export const NODE_LABEL = 'Entity';

const EDGE_HINTS = { confidence: 'double' } as const;

function typeSuffix(kind: ColumnKind): string {
  const base = kind.of === 'json' ? 'string' : kind.of === 'int' ? 'long' : kind.of;
  if (kind.list) return `:${base}[]`;
  return base === 'string' ? '' : `:${base}`;
}

function header(name: string, kind: ColumnKind): string {
  if (/[:,"\r\n]/.test(name)) {
    throw new ExportError(`attribute name "${name}" cannot be a neo4j-admin CSV column (no ':', ',', quotes or newlines); rename it before exporting`);
  }
  return name + typeSuffix(kind);
}

function cell(kind: ColumnKind, v: unknown, delimiter: string, where: string): string {
  if (v === undefined || v === null) return '';
  if (kind.list) {
    // neo4j-admin has no escape for the array delimiter inside an element: refuse rather than split it.
    return (v as unknown[]).map((x) => {
      const s = String(x);
      if (s.includes(delimiter)) {
        throw new ExportError(`${where}: list element ${JSON.stringify(s)} contains the array delimiter "${delimiter}"; pass another arrayDelimiter (e.g. "|") and give neo4j-admin the same --array-delimiter`);
      }
      return s;
    }).join(delimiter);
  }
  return kind.of === 'json' ? JSON.stringify(v) : String(v);
}

/** The two neo4j-admin import files as strings, keyed by file role. */
export function toCSV(graph: NewsGraph, options?: Partial<ExportOptions>): { nodes: string; relationships: string } {
  const opts = resolveExportOptions(options);
  const d = opts.arrayDelimiter;
  const g = canonicalCopy(graph, opts);

  // `id` is the :ID column; name and type lead, as an analyst reads them first.
  const nodeCols = inferColumns(g.mapNodes((_k, a) => a));
  nodeCols.delete('id');
  const nodeOrder = ['name', 'type'].filter((c) => nodeCols.has(c))
    .concat([...nodeCols.keys()].filter((c) => c !== 'name' && c !== 'type'));
  const nodeRows: string[][] = [['id:ID', ...nodeOrder.map((c) => header(c, nodeCols.get(c)!)), ':LABEL']];
  g.forEachNode((key, a: Attributes) => {
    const where = `node "${key}"`;
    const labels = [NODE_LABEL, ...(a.type ? [String(a.type)] : [])];
    nodeRows.push([
      key,
      ...nodeOrder.map((c) => cell(nodeCols.get(c)!, a[c], d, `${where}, ${c}`)),
      cell({ list: true, of: 'string' }, labels, d, `${where}, label`),
    ]);
  });

  // The relation is the relationship :TYPE; the graphology edge key is kept as `key` to find it again.
  const edgeCols = inferColumns(g.mapEdges((_k, a) => a), EDGE_HINTS);
  edgeCols.delete('relation');
  edgeCols.delete('key');
  const edgeOrder = [...edgeCols.keys()];
  const relRows: string[][] = [[':START_ID', ':END_ID', ':TYPE', 'key', ...edgeOrder.map((c) => header(c, edgeCols.get(c)!))]];
  g.forEachEdge((key, a: Attributes, source, target) => {
    relRows.push([source, target, String(a.relation), key, ...edgeOrder.map((c) => cell(edgeCols.get(c)!, a[c], d, `edge "${key}", ${c}`))]);
  });

  return { nodes: stringify(nodeRows), relationships: stringify(relRows) };
}
