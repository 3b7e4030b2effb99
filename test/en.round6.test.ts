// Round 6 (recall on unseen copy): list members that are -ing nouns, time adverbs opening an appositive, object
// relatives on a description after the clause (", an accusation the company has denied"), warnings as statements,
// free relatives as objects ("what it called …"), lists inside a "whose" clause, control verbs whose "to" belongs to
// the infinitive (moved to ban; ", moving to block …"), "hit back", and the country owning a list in an agentless
// passive. One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one, headline } = englishCases();

/** s: subject id, or '~' + a substring of the subject label (unnamed actors). */
const cases: TripleCase[] = [
  // -ing nouns opening a member list keep the clause's object and the attribution after it
  { construction: 'including + -ing nouns in a list, then ", X said" → the clause keeps its object',
    sentence: 'Germany will restrict exports of nine types of machinery, including welding, milling and grinding equipment, the economy ministry said on Monday.',
    s: 'germany', r: 'RESTRICTS', o: '~nine types of machinery', m: 'planned' },
  { construction: 'including + -ing nouns: the later members are members too',
    sentence: 'Germany will restrict exports of nine types of machinery, including welding, milling and grinding equipment, the economy ministry said on Monday.',
    s: 'germany', r: 'RESTRICTS', o: '~grinding equipment', m: 'planned' },
  // a time adverb opening an appositive
  { construction: 'X, formerly a Y, was V-ed by Z → Z V X', sentence: 'Arm, formerly a British company, was bought by SoftBank in 2016.', s: 'softbank-group', r: 'BUYS', o: 'Arm' },
  // an object relative on a description after the clause is no attribution of the clause
  { construction: '…, an accusation the company has denied: the clause stays the writer\'s',
    sentence: 'ZTE was added to the Entity List by the Commerce Department in 2016, an accusation the company has denied.',
    s: 'us-department-of-commerce', r: 'BLACKLISTS', o: 'ZTE', m: 'asserted' },
  // warnings
  { construction: 'X warned that Y would V Z → X warns of it, even when the clause gives a triple',
    sentence: "Japan's trade ministry warned that China's export curbs would hurt Japanese automakers.", s: 'japan', r: 'WARNS', o: '~would hurt Japanese automakers' },
  // free relatives
  { construction: 'opposes what it described as Y → the object is Y', sentence: 'Seoul firmly opposes what it described as a ban on Korean steel.', s: 'south-korea', r: 'REJECTS', o: '~ban on Korean steel' },
  { construction: 'condemned what it called Y (no reduced relative on the subject)', sentence: 'Beijing condemned what it called the politicisation of trade.', s: 'china', r: 'CRITICIZES', o: '~politicisation' },
  // lists inside a relative clause
  { construction: 'X, whose N A, B and C V …, V2 Y → X V2 Y',
    sentence: 'France, whose winemakers Hennessy, Camus and Remy Martin export brandy to China, backed the duties.', s: 'france', r: 'SUPPORTS', o: '~duties' },
  { construction: 'X, which V from A, B and C, V2 Y → X V2 Y', sentence: 'Italy, which buys gas from Algeria, Qatar and Norway, backed the plan.', s: 'italy', r: 'SUPPORTS', o: '~plan' },
  // control verbs
  { construction: 'moved to V Y → V Y (planned), not "move to" as a phrasal verb', sentence: 'Beijing moved to restrict exports of antimony.', s: 'china', r: 'RESTRICTS', o: '~antimony', m: 'planned' },
  { construction: ', moving to V Y → the main clause\'s subject V Y (and "hit back" is a verb)',
    sentence: 'Washington hit back on Tuesday, moving to ban imports of Chinese drones.', s: 'united-states', r: 'BANS', o: '~drones', m: 'planned' },
  { construction: 'X hit back at Y → RETALIATES_AGAINST', sentence: 'The Netherlands hit back at Beijing on Friday.', s: 'netherlands', r: 'RETALIATES_AGAINST', o: '~china' },
  { construction: 'headline: X hits back at Y', sentence: 'China hits back at Japan with seafood ban', s: 'china', r: 'RETALIATES_AGAINST', o: 'Japan', title: true },
  // the owner of a list
  { construction: 'agentless passive onto a country\'s list: "added to a U.S. trade blacklist" → the United States',
    sentence: 'Inspur was added to a U.S. trade blacklist in 2023.', s: 'united-states', r: 'BLACKLISTS', o: 'Inspur' },
];

describe('English extractor: round 6 recall families', () => {
  it.each(cases)('$construction', (c) => {
    const ts = c.title ? headline(c.sentence) : one(c.sentence);
    expectCase(ts, c);
  });
});

describe('English extractor: round 6 noise that stays out', () => {
  const none: Array<[string, string, (t: Triple) => boolean]> = [
    ['"moved to" + a noun stays a motion, not a ban or a restriction', 'The ministry moved to the next stage of the review.', (t) => /BANS|RESTRICTS/.test(t.relation)],
    ['an -ing verb with an object after "including" is no list member', 'Samsung will expand its plant, including building a new line for memory.', (t) => t.relation === 'EXPANDS' && /^building$/i.test(t.object.label)],
    ['a list owned by no country names no agent', 'Inspur was added to a trade blacklist in 2023.', (t) => t.relation === 'BLACKLISTS' && t.subject.id === 'inspur'],
    ['the speaker of the object relative is not the sentence\'s speaker', 'ZTE was added to the Entity List by the Commerce Department in 2016, an accusation the company has denied.', (t) => t.relation === 'SAYS' || (t.relation === 'REJECTS' && t.subject.id !== 'zte')],
  ];
  it.each(none)('%s', (_n, sentence, bad) => {
    const ts = one(sentence);
    expect(ts.filter(bad).map((t) => `${t.subject.id} ${t.relation} ${t.object.label}`)).toEqual([]);
  });
});
