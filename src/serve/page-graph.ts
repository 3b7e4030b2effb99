// The page's own graph payload (GET /api/page-graph): every entity and statement with layout positions,
// but without evidence sentences, which the page fetches per statement on click (GET /api/evidence).
// Rows are tuples and repeated strings are table indexes: on a 10k-entity / 50k-statement graph this is
// about a fifth of the graphology JSON, and the page parses and builds it several times faster.
// The body is two JSON lines: the documents, tables and entities (with their statement counts), then the
// statements. The page draws the entities as soon as the first line is in, without decoding or parsing the
// second (three quarters of the bytes on that graph).
// Shared by the server (encode) and the browser bundle (decode): no Node-only imports here.
import graphology from 'graphology';
import type { MultiDirectedGraph as MultiDirectedGraphType } from 'graphology';
import type { Attributes } from 'graphology-types';
import { edgeKey, type DocumentRecord, type NewsGraph } from '../graph/model.js';
import type { EntityType, Lang, Modality } from '../types/index.js';

export const PAGE_GRAPH_FORMAT = 'newsgraph-page-2';
/** Content type of GET /api/page-graph: one JSON value per line. */
export const PAGE_GRAPH_CONTENT_TYPE = 'application/x-ndjson; charset=utf-8';
/** Response header of GET /api/page-graph: "<entities> <statements>", readable before the body arrives. */
export const PAGE_GRAPH_COUNTS_HEADER = 'x-newsgraph-counts';

/** The counts a page-graph response announces in its headers, or null when it does not. */
export function announcedCounts(headers: { get(name: string): string | null }): { nodes: number; edges: number } | null {
  const m = /^(\d+) (\d+)$/.exec(headers.get(PAGE_GRAPH_COUNTS_HEADER) ?? '');
  return m ? { nodes: Number(m[1]), edges: Number(m[2]) } : null;
}

/** What the page's filters need of one supporting sentence: no text. */
export interface EvidenceSummary {
  docId: string;
  lang: Lang;
  confidence: number;
  /** The claim's own date when it has one; otherwise the document's published date applies. */
  date?: string;
}

export interface PageNodeAttributes extends Attributes {
  name: string;
  nameKo?: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  docs: string[];
  x: number;
  y: number;
}

export interface PageEdgeAttributes extends Attributes {
  relation: string;
  modality: Modality;
  weight: number;
  confidence: number;
  evidence: EvidenceSummary[];
}

export interface PageGraphAttributes extends Attributes {
  documents: Record<string, DocumentRecord>;
}

export type PageGraph = MultiDirectedGraphType<PageNodeAttributes, PageEdgeAttributes, PageGraphAttributes>;

/** [document index, language index, confidence, date?] */
type EvidenceRow = [number, number, number] | [number, number, number, string];
/** [key, name, nameKo or '', type index, aliases, mentions, document indexes, x, y, statements (in + out)] */
type NodeRow = [string, string, string, number, string[], number, number[], number, number, number];
/** [source index, target index, relation index, modality index, weight, confidence, evidence, key?]:
 *  the key is sent only when it is not edgeKey(source, relation, target, modality). */
type EdgeRow = [number, number, number, number, number, number, EvidenceRow[]] | [number, number, number, number, number, number, EvidenceRow[], string];

/** The first line of the body: enough to draw the entities. */
export interface PageGraphHead {
  format: typeof PAGE_GRAPH_FORMAT;
  documents: DocumentRecord[];
  tables: { types: string[]; relations: string[]; modalities: string[]; langs: string[] };
  nodes: NodeRow[];
}

export interface PageGraphPayload extends PageGraphHead {
  /** The second line. */
  edges: EdgeRow[];
}

/** The response body: the head line, then the statements line. */
export function serializePageGraph(p: PageGraphPayload): string {
  const { edges, ...head } = p;
  // JSON.stringify escapes every newline inside strings, so the first "\n" ends the head.
  return `${JSON.stringify(head)}\n${JSON.stringify(edges)}\n`;
}

/** One line of a page-graph body as JSON; `what` names it in the error. */
function parseLine<T>(line: string, what: string): T {
  try { return JSON.parse(line) as T; } catch (e) {
    throw new Error(`page graph: the ${what} line is not JSON (${(e as Error).message})`);
  }
}

/** The first line of a page-graph body, checked. */
export function parsePageGraphHead(line: string): PageGraphHead {
  const head = parseLine<PageGraphHead>(line, 'first');
  if (head?.format !== PAGE_GRAPH_FORMAT) throw new Error(`page graph: expected a ${PAGE_GRAPH_FORMAT} payload, got ${String(head?.format)}; reload the page (server and page differ in version)`);
  return head;
}

/** The second line of a page-graph body. */
export function parsePageGraphEdges(line: string): EdgeRow[] {
  const edges = parseLine<EdgeRow[]>(line, 'statements');
  if (!Array.isArray(edges)) throw new Error('page graph: the statements line is not a list');
  return edges;
}

/** A whole page-graph body (both lines). */
export function parsePageGraph(text: string): PageGraphPayload {
  const nl = text.indexOf('\n');
  if (nl < 0) throw new Error('page graph: the body has no statements line');
  return { ...parsePageGraphHead(text.slice(0, nl)), edges: parsePageGraphEdges(text.slice(nl + 1)) };
}

/**
 * Reads a page-graph body as it arrives: `head` resolves with the first line as soon as it is in (the rest
 * still downloading, and not yet decoded), `edges` with the second when the body ends.
 */
export function readPageGraphBody(body: ReadableStream<Uint8Array>): { head: Promise<string>; edges: Promise<string> } {
  let resolveHead!: (line: string) => void;
  let rejectHead!: (e: unknown) => void;
  const head = new Promise<string>((res, rej) => { resolveHead = res; rejectHead = rej; });
  const edges = (async () => {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let parts: string[] = [];
    let inHead = true;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
        const nl = inHead ? text.indexOf('\n') : -1;
        if (nl >= 0) {
          parts.push(text.slice(0, nl));
          resolveHead(parts.join(''));
          parts = [text.slice(nl + 1)];
          inHead = false;
        } else parts.push(text);
        if (done) break;
      }
      if (inHead) throw new Error('page graph: the body ended inside its first line');
      return parts.join('');
    } catch (e) {
      rejectHead(e);
      throw e;
    }
  })();
  edges.catch(() => {}); // reported through head when it fails first; otherwise by whoever awaits edges
  return { head, edges };
}

export type Positions = Map<string, { x: number; y: number }>;

/** Interns strings into a table, returning their index. */
function table(): { list: string[]; id: (s: string) => number } {
  const list: string[] = [];
  const index = new Map<string, number>();
  return {
    list,
    id: (s) => {
      let i = index.get(s);
      if (i === undefined) { i = list.length; list.push(s); index.set(s, i); }
      return i;
    },
  };
}

// Two decimals are far below a pixel at any zoom sigma allows on a layout this size.
const round = (v: number) => Math.round(v * 100) / 100;

export function encodePageGraph(graph: NewsGraph, positions: Positions): PageGraphPayload {
  const documents = Object.values(graph.getAttribute('documents') ?? {});
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const docId = (id: string) => {
    let i = docIndex.get(id);
    // Evidence naming a document the graph no longer lists: keep the id as a minimal record.
    if (i === undefined) { i = documents.length; documents.push({ id, path: id, lang: 'und', encoding: '', format: '', hash: '', sentences: 0 }); docIndex.set(id, i); }
    return i;
  };
  const types = table();
  const relations = table();
  const modalities = table();
  const langs = table();
  const nodeIndex = new Map<string, number>();
  const nodes: NodeRow[] = [];
  graph.forEachNode((key, a) => {
    const p = positions.get(key);
    nodeIndex.set(key, nodes.length);
    nodes.push([key, a.name, a.nameKo ?? '', types.id(a.type), a.aliases ?? [], a.mentions ?? 0, (a.docs ?? []).map(docId),
      round(p?.x ?? 0), round(p?.y ?? 0), graph.degree(key)]);
  });
  const edges: EdgeRow[] = [];
  graph.forEachEdge((key, a, s, t) => {
    const ev: EvidenceRow[] = (a.evidence ?? []).map((e) => (e.date
      ? [docId(e.docId), langs.id(e.lang), e.confidence, e.date]
      : [docId(e.docId), langs.id(e.lang), e.confidence]));
    const row: EdgeRow = [nodeIndex.get(s)!, nodeIndex.get(t)!, relations.id(a.relation), modalities.id(a.modality), a.weight, a.confidence, ev];
    edges.push(key === edgeKey(s, a.relation, t, a.modality) ? row : [...row, key] as EdgeRow);
  });
  return {
    format: PAGE_GRAPH_FORMAT,
    documents,
    tables: { types: types.list, relations: relations.list, modalities: modalities.list, langs: langs.list },
    nodes, edges,
  };
}

const { MultiDirectedGraph } = graphology as unknown as { MultiDirectedGraph: typeof MultiDirectedGraphType };

function decodeNodes(p: PageGraphHead): { graph: PageGraph; keys: string[]; docIds: string[] } {
  if (p?.format !== PAGE_GRAPH_FORMAT) throw new Error(`page graph: expected a ${PAGE_GRAPH_FORMAT} payload, got ${String(p?.format)}`);
  const g: PageGraph = new MultiDirectedGraph<PageNodeAttributes, PageEdgeAttributes, PageGraphAttributes>();
  const docIds = p.documents.map((d) => d.id);
  g.replaceAttributes({ documents: Object.fromEntries(p.documents.map((d) => [d.id, d])) });
  const { types } = p.tables;
  const keys: string[] = new Array(p.nodes.length);
  p.nodes.forEach(([key, name, nameKo, type, aliases, mentions, docs, x, y], i) => {
    keys[i] = key;
    const a: PageNodeAttributes = { name, type: types[type] as EntityType, aliases, mentions, docs: docs.map((d) => docIds[d]!), x, y };
    if (nameKo) a.nameKo = nameKo;
    g.addNode(key, a);
  });
  return { graph: g, keys, docIds };
}

/** A graph of the page's shape with nothing in it: what sigma starts on while the payload downloads. */
export function emptyPageGraph(): PageGraph {
  return new MultiDirectedGraph<PageNodeAttributes, PageEdgeAttributes, PageGraphAttributes>();
}

/**
 * The entities alone, laid out: what the page draws first on a large graph while it builds the statements
 * (50k edges cost graphology and sigma several times what 10k nodes do).
 */
export function decodePageNodes(p: PageGraphHead): PageGraph {
  return decodeNodes(p).graph;
}

/** Statements per entity (in + out, as graphology's degree), as the head line gives them. */
export function payloadDegrees(p: PageGraphHead): Map<string, number> {
  return new Map(p.nodes.map((n) => [n[0], n[9]]));
}

export function decodePageGraph(p: PageGraphPayload): PageGraph {
  const { graph: g, keys, docIds } = decodeNodes(p);
  const { relations, modalities, langs } = p.tables;
  for (const [s, t, rel, mod, weight, confidence, ev, key] of p.edges) {
    const source = keys[s]!;
    const target = keys[t]!;
    const relation = relations[rel]!;
    const modality = modalities[mod] as Modality;
    const evidence = ev.map(([d, l, c, date]): EvidenceSummary => (date
      ? { docId: docIds[d]!, lang: langs[l] as Lang, confidence: c, date }
      : { docId: docIds[d]!, lang: langs[l] as Lang, confidence: c }));
    g.addDirectedEdgeWithKey(key ?? edgeKey(source, relation, target, modality), source, target, { relation, modality, weight, confidence, evidence });
  }
  return g;
}
