// Helpers shared by the writers: a canonical (deeply key-sorted) copy of the graph so that re-exports are
// byte-identical whatever order documents were added in, attribute type inference for typed
// columns (GraphML keys, neo4j-admin CSV headers), and text cleaning for XML.
import type { Attributes } from 'graphology-types';
import { createGraph, type NewsGraph } from '../graph/index.js';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A deep copy whose plain objects have their keys sorted (arrays keep their order: it is meaningful). */
export function sortKeysDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeysDeep) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort(byCodeUnit)) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeysDeep(v);
    }
    return out as T;
  }
  return value;
}

/**
 * A copy of the graph with nodes and edges in key order and every attribute object key-sorted, so that
 * plain JSON.stringify of any of its values is already canonical.
 * `evidence: false` leaves the (large) per-edge evidence records out.
 */
export function canonicalCopy(graph: NewsGraph, opts: { evidence: boolean }): NewsGraph {
  const out = createGraph();
  out.replaceAttributes(sortKeysDeep(graph.getAttributes()));
  for (const node of [...graph.nodes()].sort(byCodeUnit)) out.addNode(node, sortKeysDeep(graph.getNodeAttributes(node)));
  for (const edge of [...graph.edges()].sort(byCodeUnit)) {
    const attrs = sortKeysDeep(graph.getEdgeAttributes(edge));
    if (!opts.evidence) delete (attrs as Partial<typeof attrs>).evidence;
    out.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), attrs);
  }
  return out;
}

// XML 1.0 allows only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text that survives an XML round trip: characters XML 1.0 cannot carry become U+FFFD, and CR/CRLF
 * become LF (what every XML parser would turn them into anyway).
 */
export const xmlSafe = (s: string): string => s.replace(/\r\n?/g, '\n').replace(XML_ILLEGAL, '\uFFFD');

// ---- typed columns ------------------------------------------------------------------------------

export type ScalarKind = 'boolean' | 'int' | 'long' | 'double' | 'string';
/** `list` columns hold arrays of `of`; `json` holds anything else (objects, nested or mixed arrays). */
export type ColumnKind = { list: false; of: ScalarKind | 'json' } | { list: true; of: ScalarKind };

type Seen = { list: boolean; of: ScalarKind | 'json' | null };

const NUMERIC: ScalarKind[] = ['int', 'long', 'double'];

function scalarKind(v: unknown): ScalarKind | 'json' {
  switch (typeof v) {
    case 'boolean': return 'boolean';
    case 'string': return 'string';
    case 'number':
      if (!Number.isSafeInteger(v)) return 'double';
      return v >= -0x80000000 && v <= 0x7fffffff ? 'int' : 'long';
    case 'bigint': return 'long';
    default: return 'json';
  }
}

function mergeScalar(a: ScalarKind | 'json' | null, b: ScalarKind | 'json' | null): ScalarKind | 'json' | null {
  if (a === null) return b;
  if (b === null || a === b) return a;
  if (a === 'json' || b === 'json') return 'json';
  if (NUMERIC.includes(a) && NUMERIC.includes(b)) return NUMERIC[Math.max(NUMERIC.indexOf(a), NUMERIC.indexOf(b))]!;
  return 'string'; // mixed scalars (e.g. numbers and words) are written as text
}

function seenOf(v: unknown): Seen {
  if (!Array.isArray(v)) return { list: false, of: scalarKind(v) };
  let of: Seen['of'] = null;
  for (const x of v) of = mergeScalar(of, scalarKind(x));
  return of === 'json' ? { list: false, of: 'json' } : { list: true, of };
}

/**
 * The type of each attribute over a set of records, keyed and ordered by attribute name.
 * `hints` widen a numeric column (e.g. confidence is a double even when every value happens to be 1).
 */
export function inferColumns(records: Iterable<Attributes>, hints: Record<string, ScalarKind> = {}): Map<string, ColumnKind> {
  const seen = new Map<string, Seen>();
  for (const rec of records) {
    for (const [name, v] of Object.entries(rec)) {
      if (v === undefined || v === null) continue;
      const s = seenOf(v);
      const prev = seen.get(name);
      if (!prev) { seen.set(name, s); continue; }
      if (prev.list !== s.list) seen.set(name, { list: false, of: 'json' });
      else {
        const of = mergeScalar(prev.of, s.of);
        seen.set(name, of === 'json' ? { list: false, of } : { list: prev.list, of });
      }
    }
  }
  const out = new Map<string, ColumnKind>();
  for (const name of [...seen.keys()].sort(byCodeUnit)) {
    const s = seen.get(name)!;
    let of = s.of ?? 'string'; // only empty arrays seen: call them string lists
    const hint = hints[name];
    if (hint && of !== 'json') of = mergeScalar(of, hint) as ScalarKind;
    out.set(name, s.list && of !== 'json' ? { list: true, of } : { list: false, of });
  }
  return out;
}

/** A number in xsd:double lexical form (NaN, INF, -INF spelled the XML Schema way). */
export function formatDouble(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'INF';
  if (v === -Infinity) return '-INF';
  return String(v);
}
