// GEXF writer (graphology-gexf). The writer only takes scalars and lists of scalars, and a GEXF list
// type would not round-trip an object, so arrays and objects are flattened to JSON text first.
// Nodes carry label = name, edges label = relation and GEXF's own weight; layout attributes
// (x, y, size, color…) go to the viz: namespace, where Gephi looks for them.
import gexf from 'graphology-gexf';
import type { Attributes } from 'graphology-types';
import type { NewsGraph } from '../graph/index.js';
import { canonicalCopy, xmlSafe } from './canonical.js';
import { resolveExportOptions, type ExportOptions } from './options.js';

const VIZ_NUMBERS = new Set(['x', 'y', 'z', 'size', 'thickness']);
const VIZ_STRINGS = new Set(['color', 'shape']);

type Viz = Record<string, string | number>;

function flatten(attrs: Attributes, skip: ReadonlySet<string>): { attributes: Attributes; viz?: Viz } {
  const attributes: Attributes = {};
  const viz: Viz = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || skip.has(k)) continue;
    if (VIZ_NUMBERS.has(k) && typeof v === 'number') viz[k] = v;
    else if (VIZ_STRINGS.has(k) && typeof v === 'string') viz[k] = v;
    else if (typeof v === 'object') attributes[k] = xmlSafe(JSON.stringify(v));
    else attributes[k] = typeof v === 'string' ? xmlSafe(v) : v;
  }
  return Object.keys(viz).length ? { attributes, viz } : { attributes };
}

const NO_SKIP = new Set<string>();
const EDGE_SKIP = new Set(['weight']); // written as the GEXF edge weight instead

export function toGEXF(graph: NewsGraph, options?: Partial<ExportOptions>): string {
  const opts = resolveExportOptions(options);
  const g = canonicalCopy(graph, opts);
  // The writer turns scalar graph attributes into <meta> children; only creator/description are in the schema.
  const documents = Object.keys(g.getAttribute('documents') ?? {}).length;
  g.replaceAttributes({ creator: 'newsgraph', description: `${xmlSafe(String(g.getAttribute('name')))}: ${documents} document(s)` } as never);
  const xml = gexf.write(g, {
    version: opts.gexfVersion,
    pretty: opts.pretty,
    formatNode: (_key, a) => ({ label: xmlSafe(String(a.label ?? a.name)), ...flatten(a, NO_SKIP) }),
    formatEdge: (_key, a) => ({
      label: xmlSafe(String(a.label ?? a.relation)),
      ...(typeof a.weight === 'number' ? { weight: a.weight } : {}),
      ...flatten(a, EDGE_SKIP),
    }),
  });
  // graphology-gexf 0.13 declares a malformed viz namespace for 1.2, so readers that match the namespace
  // (NetworkX) would miss positions, sizes and colours; declare the one the 1.2draft spec names.
  return xml.replace('xmlns:viz="http:///www.gexf.net/1.1draft/viz"', 'xmlns:viz="http://www.gexf.net/1.2draft/viz"') + '\n';
}
