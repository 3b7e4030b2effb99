// Unmapped predicates keep their verb as the relation type (unmappedRelation: 'verb', the default): the edge
// says what was done, in the form of the mapped types, and the lemma stays in `predicate`.
import { describe, expect, it } from '@jest/globals';
import { EntityLinker } from '../src/entities/index.js';
import { createEnglishExtractor } from '../src/lang/en/index.js';
import { RelationMap, verbRelationType } from '../src/relations/index.js';
import type { Triple } from '../src/types/index.js';
import { caseMatches, show, type TripleCase } from './helpers/cases.js';
import { extractLines } from './helpers/extract.js';

const linker = EntityLinker.load();
const relations = RelationMap.load();
const verbNamed = createEnglishExtractor({ linker, relations });
const generic = createEnglishExtractor({ linker, relations, unmappedRelation: 'generic' });
const run = (extractor: typeof verbNamed, line: string): Triple[] =>
  extractLines(extractor, linker, 'en', [line], { prefix: 'Headline placeholder.\n' })[0]!;

describe('verbRelationType', () => {
  it.each<[string, string]>([
    ['halt', 'HALTS'],
    ['summon', 'SUMMONS'],
    ['account for', 'ACCOUNTS_FOR'],
    ['apply', 'APPLIES'],
    ['push', 'PUSHES'],
    ['veto', 'VETOES'],
    ['play', 'PLAYS'],
    ['be', 'IS'],
    ['drag out', 'DRAGS_OUT'],
  ])('%s → %s', (lemma, type) => {
    expect(verbRelationType(lemma)).toBe(type);
  });
});

describe('English extractor: unmapped predicates named after their verb', () => {
  const cases: TripleCase[] = [
    { construction: 'a transitive verb the relation map lacks', sentence: 'The Netherlands summoned the Chinese ambassador.', s: 'netherlands', r: 'SUMMONS', o: 'Chinese ambassador' },
    { construction: 'a prepositional verb the relation map lacks', sentence: 'Infineon accounted for a third of the orders.', s: 'infineon', r: 'ACCOUNTS_FOR', o: '~orders' },
  ];
  it.each(cases)('$construction: $sentence', (c) => {
    const ts = run(verbNamed, c.sentence);
    const hit = ts.find((t) => caseMatches(t, c));
    expect(hit ? 'found' : show(ts)).toBe('found');
    expect(hit!.predicate).toBe(c.r === 'SUMMONS' ? 'summon' : 'account for');
  });

  it('with unmappedRelation "generic", the same predicate is RELATED_TO', () => {
    expect(run(generic, 'The Netherlands summoned the Chinese ambassador.').map((t) => `${t.subject.id} ${t.relation} ${t.predicate}`))
      .toContain('netherlands RELATED_TO summon');
  });

  it('a mapped predicate keeps its normalised type', () => {
    expect(run(verbNamed, 'The Netherlands banned the Chinese ambassador.').map((t) => t.relation)).toContain('BANS');
  });
});
