// Table-driven sentence → triple cases, shared by the English construction tests.
import type { Modality, Triple } from '../../src/types/index.js';

export interface TripleCase {
  construction: string;
  sentence: string;
  /** subject id, or '~' + a substring of its label */
  s: string;
  r: string;
  /** object label (exact), or '~' + a substring of it */
  o: string;
  m?: Modality;
  /** the sentence is a headline */
  title?: boolean;
}

const labelOrId = (id: string, label: string, want: string) =>
  (want.startsWith('~') ? label.toLowerCase().includes(want.slice(1).toLowerCase()) : id === want);

/** The triple the case asks for: subject, relation and object (modality is checked apart). */
export const caseMatches = (t: Triple, c: TripleCase): boolean =>
  labelOrId(t.subject.id, t.subject.label, c.s) && t.relation === c.r &&
  (c.o.startsWith('~') ? t.object.label.toLowerCase().includes(c.o.slice(1).toLowerCase()) : t.object.label === c.o);

/** Triples as one line each, for failure messages. */
export const show = (ts: Triple[]): string[] => ts.map((t) => `${t.subject.id} ${t.relation} ${t.object.label} (${t.modality})`);
