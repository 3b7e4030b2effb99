// Table-driven sentence → triple cases, shared by the English construction tests.
import { expect } from '@jest/globals';
import type { Modality, Triple } from '../../src/types/index.js';

export interface TripleCase {
  construction: string;
  /** The sentence (the last of `context`, if any). */
  sentence: string;
  /** Sentences before it in the same document. */
  context?: string[];
  /** The sentence is a headline. */
  title?: boolean;
  /** Needs the optional triple kinds (appositives, requested acts: the tests' `full` extractor). */
  full?: boolean;
  /** Subject id, or '~' + a substring of its label. */
  s: string;
  r: string;
  /** Object: see caseMatches and caseContains. */
  o: string;
  m?: Modality;
}

/** Subject id, or '~' + a case-insensitive substring of its label. */
export const subjectIs = (t: Triple, s: string): boolean =>
  (s.startsWith('~') ? t.subject.label.toLowerCase().includes(s.slice(1).toLowerCase()) : t.subject.id === s);

/** Object label, exact, or '~' + a case-insensitive substring of it. */
export const objectIs = (t: Triple, o: string): boolean =>
  (o.startsWith('~') ? t.object.label.toLowerCase().includes(o.slice(1).toLowerCase()) : t.object.label === o);

/** The triple the case asks for, its object exact or '~' + substring (modality is checked apart). */
export const caseMatches = (t: Triple, c: TripleCase): boolean => subjectIs(t, c.s) && t.relation === c.r && objectIs(t, c.o);

/** The triple the case asks for, its object a case-insensitive substring of the label. */
export const caseContains = (t: Triple, c: TripleCase): boolean =>
  subjectIs(t, c.s) && t.relation === c.r && t.object.label.toLowerCase().includes(c.o.toLowerCase());

/** Triples as one line each, for failure messages. */
export const show = (ts: Triple[]): string[] => ts.map((t) => `${t.subject.id} ${t.relation} ${t.object.label} (${t.modality})`);

/** Asserts that the triples hold the one the case asks for (showing them all when not), with its modality if given. */
export function expectCase(ts: Triple[], c: TripleCase, matches: (t: Triple, c: TripleCase) => boolean = caseMatches): Triple {
  const hit = ts.find((t) => matches(t, c));
  expect(hit ? 'found' : show(ts)).toBe('found');
  if (c.m) expect(hit!.modality).toBe(c.m);
  return hit!;
}
