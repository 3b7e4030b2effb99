// thingSubjects 'all': an unnamed phrase headed by a noun may act with a mapped relation (prices rose, the plant
// produces …), but not one naming a decision or state (eventHeads in data/en/constructions.yaml).
import { describe, expect, it } from '@jest/globals';
import { EntityLinker } from '../src/entities/index.js';
import { createEnglishExtractor } from '../src/lang/en/index.js';
import { RelationMap } from '../src/relations/index.js';
import type { Triple } from '../src/types/index.js';
import { caseMatches, show, type TripleCase } from './helpers/cases.js';
import { extractLines } from './helpers/extract.js';

const linker = EntityLinker.load();
const relations = RelationMap.load();
const withThings = createEnglishExtractor({ linker, relations, thingSubjects: 'all' });
const actorsOnly = createEnglishExtractor({ linker, relations, thingSubjects: 'none' });
const run = (extractor: typeof withThings, line: string): Triple[] =>
  extractLines(extractor, linker, 'en', [line], { prefix: 'Headline placeholder.\n' })[0]!;

describe('English extractor: things as subjects', () => {
  const cases: TripleCase[] = [
    { construction: 'a list and what it bars', sentence: 'The export control list bars sales of drones to the army.', s: '~export control list', r: 'BANS', o: '~drones' },
    { construction: 'a facility and its products', sentence: 'The new plant produces battery cathodes.', s: '~new plant', r: 'PRODUCES', o: 'battery cathodes' },
    { construction: 'a venture and what it obtained', sentence: 'The joint venture received approval from regulators.', s: '~joint venture', r: 'RECEIVES', o: 'approval' },
  ];
  it.each(cases)('$construction: $sentence', (c) => {
    const ts = run(withThings, c.sentence);
    expect(ts.find((t) => caseMatches(t, c)) ? 'found' : show(ts)).toBe('found');
    // without the option only actors, groups and measures act
    expect(run(actorsOnly, c.sentence).filter((t) => caseMatches(t, c))).toEqual([]);
  });

  it('a phrase naming a decision is no subject', () => {
    expect(run(withThings, 'The designation cancels contracts worth $5 million.').map((t) => t.subject.label)).not.toContain('designation');
  });
});
