import type { DocumentEntities, Mention } from '../entities/index.js';
import type { Lang, NewsDocument, Sentence, Triple } from '../types/index.js';

/** What a language module returns for one sentence. */
export interface SentenceResult {
  triples: Triple[];
  /** Entity mentions found (gazetteer, short forms, discovered names), with document offsets. */
  mentions: Mention[];
}

/**
 * A language module's extractor: one sentence at a time, with the document's entity state
 * (short forms, discovered names) shared across its sentences.
 */
export interface SentenceExtractor {
  readonly lang: Lang;
  extract(sentence: Sentence, doc: NewsDocument, entities: DocumentEntities): SentenceResult;
}
