// The graph model shared by every sink (files, Neo4j, page): entities are nodes, one directed
// edge per (subject, relation, object, modality) statement, carrying all of its evidence.
// Documents travel as a graph attribute so that a serialised graph is self-contained.
import graphology from 'graphology';
import type { MultiDirectedGraph as MultiDirectedGraphType } from 'graphology';
import type { Attributes } from 'graphology-types';
import type { EntityType, Evidence, Lang, Modality } from '../types/index.js';

export interface EntityNodeAttributes extends Attributes {
  name: string;
  type: EntityType;
  nameKo?: string;
  aliases: string[];
  qid?: string;
  /** Mentions per document id: the source of `mentions` and `docs`, kept so a document can be withdrawn. */
  mentionsByDoc: Record<string, number>;
  mentions: number;
  docs: string[];
}

export interface EvidenceRecord extends Evidence {
  tripleId: string;
  sentence: string;
  lang: Lang;
  predicate: string;
  confidence: number;
  attribution?: string;
  attributionId?: string;
  date?: string;
}

export interface RelationEdgeAttributes extends Attributes {
  relation: string;
  modality: Modality;
  /** Highest confidence among the evidence. */
  confidence: number;
  /** Number of supporting sentences. */
  weight: number;
  predicates: string[];
  attribution: string[];
  docs: string[];
  /** Earliest and latest published date (or claim date) among the evidence, when known. */
  firstSeen?: string;
  lastSeen?: string;
  evidence: EvidenceRecord[];
}

export interface DocumentRecord {
  id: string;
  path: string;
  title?: string;
  url?: string;
  source?: string;
  author?: string;
  published?: string;
  lang: Lang;
  encoding: string;
  format: string;
  hash: string;
  /** Hash of the text extracted (differs from `hash` when batch-level furniture was removed). */
  textHash?: string;
  sentences: number;
}

export interface GraphAttributes extends Attributes {
  name: string;
  documents: Record<string, DocumentRecord>;
  /** Fingerprint of the extraction rules that built the graph (see src/pipeline/fingerprint.ts). */
  extractor?: string;
}

export type NewsGraph = MultiDirectedGraphType<EntityNodeAttributes, RelationEdgeAttributes, GraphAttributes>;

// graphology ships CommonJS with a default export; take the class from it under ESM.
const { MultiDirectedGraph } = graphology as unknown as { MultiDirectedGraph: typeof MultiDirectedGraphType };

export function createGraph(): NewsGraph {
  const g = new MultiDirectedGraph<EntityNodeAttributes, RelationEdgeAttributes, GraphAttributes>();
  g.replaceAttributes({ name: 'newsgraph', documents: {} });
  return g;
}

/** Deterministic edge key: the same statement from any document merges into one edge. */
export const edgeKey = (subject: string, relation: string, object: string, modality: Modality): string =>
  `${subject}|${relation}|${object}|${modality}`;
