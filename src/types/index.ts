// The typed data passed between pipeline stages:
// NewsDocument → Sentence → Token/Mention → EntityRef → Triple → graph.
// Every span keeps character offsets (UTF-16 code units, as JavaScript strings index them)
// into its document's cleaned `text`, so evidence can always be highlighted in the source.

export type Lang = 'ko' | 'en' | 'und';

/** How a claim is stated. A negated claim is never emitted as asserted. */
export type Modality = 'asserted' | 'reported' | 'planned' | 'possible' | 'considered' | 'negated';
export const MODALITIES: readonly Modality[] = ['asserted', 'reported', 'planned', 'possible', 'considered', 'negated'];

export type EntityType =
  | 'Country' | 'Government' | 'Agency' | 'Company' | 'Organization' | 'Person' | 'Product'
  | 'Technology' | 'Material' | 'Media' | 'Policy' | 'Location'
  /** A phrase (e.g. "Chinese companies' cloud computing access") rather than a named thing. */
  | 'Concept';

export const ENTITY_TYPES: readonly EntityType[] = [
  'Country', 'Government', 'Agency', 'Company', 'Organization', 'Person', 'Product',
  'Technology', 'Material', 'Media', 'Policy', 'Location', 'Concept',
];

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface DocumentMeta {
  title?: string;
  source?: string;
  author?: string;
  url?: string;
  /** ISO 8601 date (YYYY-MM-DD or full timestamp) when known. */
  published?: string;
  lang: Lang;
  /** Encoding the bytes were decoded from, e.g. 'UTF-8', 'EUC-KR', 'UTF-16LE'. */
  encoding: string;
  /** Input format: 'txt' | 'md' | 'html' | 'json' | 'jsonl' | 'stdin'. */
  format: string;
  /** sha256 of the cleaned text: the document id is derived from it. */
  hash: string;
  bytes: number;
}

/** A piece of the raw input dropped before extraction, kept for the report. */
export interface RemovedLine {
  text: string;
  reason: string;
}

export interface NewsDocument {
  /** Content-derived id (stable across runs and machines). */
  id: string;
  /** Where it came from: a file path, `path#N` for a record in a JSON Lines file, or '-' for stdin. */
  path: string;
  /** Cleaned article text: headline first, page furniture removed. Offsets refer to this. */
  text: string;
  meta: DocumentMeta;
  removed: RemovedLine[];
}

export interface Sentence extends Span {
  /** `${docId}:${index}` */
  id: string;
  docId: string;
  index: number;
  lang: Lang;
}

/** A reference to a graph node as it appears in a triple. */
export interface EntityRef {
  /** Deterministic node id, the same across documents and languages. */
  id: string;
  /** English display label (canonical name or gloss). */
  label: string;
  type: EntityType;
  /** Korean label where known. */
  labelKo?: string;
  /** Wikidata id where the gazetteer knows it. */
  qid?: string;
  /** The surface form in this sentence and its document offsets. */
  span?: Span;
}

export interface Evidence {
  docId: string;
  sentenceId: string;
  sentenceIndex: number;
  /** Offsets of the sentence in the document text. */
  start: number;
  end: number;
  subjectSpan?: Span;
  objectSpan?: Span;
  predicateSpan?: Span;
}

export interface Triple {
  /** Deterministic: hash of evidence sentence + subject + relation + object + modality. */
  id: string;
  subject: EntityRef;
  /** Normalised English relation type, UPPER_SNAKE (RESTRICTS, BANS, …); RELATED_TO for unmapped predicates. */
  relation: string;
  /** The predicate lemma as written (제한하다, restrict), kept especially for unmapped relations. */
  predicate: string;
  object: EntityRef;
  modality: Modality;
  /** Who says so (the outlet or speaker), when the claim is attributed. */
  attribution?: EntityRef;
  /** 0..1 */
  confidence: number;
  lang: Lang;
  /** Document id. */
  doc: string;
  /** The source sentence's text. */
  sentence: string;
  evidence: Evidence;
  /** ISO date the claim refers to, when the text says (resolved against the published date). */
  date?: string;
}

/** What extraction produced for one document. */
export interface DocumentExtraction {
  document: NewsDocument;
  sentences: Sentence[];
  triples: Triple[];
  /** Every entity mention found, resolved or not to a triple; feeds node mention counts. */
  mentions: Array<EntityRef & { sentenceId: string }>;
}
