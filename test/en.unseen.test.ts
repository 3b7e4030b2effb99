// Constructions met while reading unseen English wire copy: modifiers compromise reads as verbs, words in scare
// quotes, negated acceptance, light verbs with a venue, nouns of intent, and roles in a name's description.
// One composed sentence per construction; none is taken from an article.
import { describe, expect, it } from '@jest/globals';
import { EntityLinker } from '../src/entities/index.js';
import { createEnglishExtractor } from '../src/lang/en/index.js';
import { RelationMap } from '../src/relations/index.js';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, caseContains, expectCase, show } from './helpers/cases.js';
import { extractHeadline, extractLines } from './helpers/extract.js';

const linker = EntityLinker.load();
const extractor = createEnglishExtractor({ linker, relations: RelationMap.load() });
/** With the optional triple kinds on (appositive IS_A, negated acts, requested acts): what those capabilities emit. */
const full = createEnglishExtractor({ linker, relations: RelationMap.load(), appositives: true, negatedTriples: true, requestedActs: true });

/** One sentence after a placeholder headline, extracted with fresh document state. */
const extract = (line: string): Triple[] => extractLines(extractor, linker, 'en', [line], { prefix: 'Headline placeholder.\n' })[0]!;
/** A document's first line, a headline. */
const headline = (line: string): Triple[] => extractHeadline(extractor, linker, 'en', line);


const cases: TripleCase[] = [
  { construction: 'a hyphenated -ing modifier is no verb (launched anti-dumping probes into X)', sentence: 'Beijing launched anti-dumping probes into imports of Australian barley.', s: 'china', r: 'INVESTIGATES', o: 'imports of australian barley', m: 'asserted' },
  { construction: 'a word in scare quotes stays in its verb group (was "disappointed" … and urged)', sentence: 'Japan\'s trade ministry said it was "disappointed" by the verdict and urged Vietnam to withdraw the duties.', s: '~japan', r: 'URGES', o: 'vietnam', m: 'asserted' },
  { construction: 'a word in scare quotes stays in its noun phrase (cut its "temporary" tariffs)', sentence: 'Mexico agreed to cut its "temporary" tariffs on Chinese steel.', s: 'mexico', r: 'REDUCES', o: 'tariffs on chinese steel' },
  { construction: 'two words in scare quotes stay in their noun phrase (scrap the "AI diffusion" rule, which …)', sentence: 'Washington plans to scrap the "AI diffusion" rule, which was due to take effect in May.', s: 'united-states', r: 'CANCELS', o: 'ai diffusion rule', m: 'planned' },
  { construction: 'not accepting is rejecting', sentence: 'Vietnam did not accept the panel\'s findings.', s: 'vietnam', r: 'REJECTS', o: 'findings', m: 'asserted' },
  { construction: 'filing a challenge at a body: the challenge, not the body, is the object', sentence: 'Canada filed a challenge at the World Trade Organization over the duties.', s: 'canada', r: 'CHALLENGES', o: 'challenge' },
  { construction: '"the only" + noun + relative clause is a description (X, the only company that makes Y, said)', sentence: 'Intel, the only company that makes these processors, said orders fell.', s: 'intel', r: 'PRODUCES', o: 'processors' },
  { construction: 'a noun of intent as the object of "step up": its subject acts', sentence: 'The White House has stepped up efforts to curb Russia\'s access to advanced chips.', s: '~white house', r: 'RESTRICTS', o: 'access to advanced chips', m: 'possible' },
  { construction: 'a role noun in a name\'s description (X, the biggest maker of Y)', sentence: 'Samsung, the biggest maker of smartphones, said prices rose.', s: 'samsung-electronics', r: 'PRODUCES', o: 'smartphones', m: 'asserted' },
  { construction: 'a description running on through "to" + a recipient (X, the main supplier of Y to Z, said)', sentence: 'Samsung, the main supplier of memory chips to Apple, said demand was strong.', s: 'samsung-electronics', r: 'SELLS', o: 'apple', m: 'asserted' },
  { construction: 'a bare infinitive coordinated under object control shares its subject and modality (urged X to drop A and restore B)', sentence: 'The ministry urged Seoul to drop the duties and restore trade.', s: 'south-korea', r: 'RESTORES', o: 'trade', m: 'possible', full: true },
  { construction: 'a bare infinitive with its own control verb (urged X to respect A and avoid harming B)', sentence: 'Beijing urged the Netherlands to respect market rules and avoid harming Chinese firms.', s: 'netherlands', r: 'AFFECTS', o: 'chinese', m: 'negated', full: true },
  { construction: '"said <day> that": the clause after it is the speaker\'s statement, whose "it" is the speaker', sentence: 'Intel said Monday that it expects to take a $2 billion charge after the U.S. government told the company it would need a license.', s: 'intel', r: 'TAKES_CHARGE', o: '2 billion' },
  { construction: 'what was told to "the company" speaks of the sentence\'s first named speaker', sentence: 'Intel said it would cut jobs after the U.S. government told the company it would need a license.', s: 'intel', r: 'NEEDS', o: 'license' },
  { construction: 'a verb of change with a percentage written as words (gained 2.5 percent) is a rise', sentence: 'Kia gained 2.5 percent on Friday.', s: 'kia', r: 'RISES', o: '2.5' },
  { construction: 'after a speech verb, a word before a past verb of change is its subject noun (said demand rose)', sentence: 'Intel said demand rose sharply in March.', s: 'intel', r: 'SAYS', o: 'demand rose sharply' },
  { construction: 'lexicon: subpoena is investigating', sentence: 'The Justice Department subpoenaed Nvidia over its sales to China.', s: 'us-department-of-justice', r: 'INVESTIGATES', o: 'nvidia', m: 'asserted' },
  { construction: 'lexicon: relaxing rules is reducing them', sentence: 'Japan relaxed its export rules for South Korea.', s: 'japan', r: 'EASES', o: 'export rules' },
  { construction: 'lexicon: delisting is excluding', sentence: 'Nasdaq delisted three Chinese firms.', s: '~nasdaq', r: 'REMOVES', o: 'chinese' },
  { construction: 'a headline list of names without "and" before a verb of concluding a deal', sentence: 'Tokyo, Washington strike deal on rice tariffs', title: true, s: 'japan', r: 'AGREES', o: 'rice tariffs' },
];

describe('English extractor: constructions of unseen wire copy', () => {
  it.each(cases)('$construction', (c) => {
    const ts = c.title ? headline(c.sentence) : c.full ? extractLines(full, linker, 'en', [c.sentence], { prefix: 'Headline placeholder.\n' })[0]! : extract(c.sentence);
    expectCase(ts, c, caseContains);
  });
});

describe('English extractor: unseen wire copy, what stays out', () => {
  const none: Array<[string, string, (t: Triple) => boolean]> = [
    ['a hyphenated -ing modifier gives no verb of its own', 'Beijing launched anti-dumping probes into imports of Australian barley.', (t) => /dump/.test(t.predicate)],
    ['the body a challenge is filed at is not what is challenged', 'Canada filed a challenge at the World Trade Organization over the duties.', (t) => t.relation === 'CHALLENGES' && /world trade/i.test(t.object.label)],
    ['stepping up efforts is no triple about the efforts', 'The White House has stepped up efforts to curb Russia\'s access to advanced chips.', (t) => /effort/.test(t.object.label)],
    ['a description in a speaker\'s appositive is not what the speaker said', 'Samsung, the biggest maker of memory chips, said prices rose.', (t) => t.relation === 'PRODUCES' && (t.modality !== 'asserted' || !!t.attribution)],
    ['a description naming a role gives the role\'s act, not IS_A', 'Samsung, the biggest maker of smartphones, said prices rose.', (t) => t.relation === 'IS_A'],
    ['a bare class noun as a description says nothing', 'Intel, the only company that makes these processors, said orders fell.', (t) => t.relation === 'IS_A'],
    ['"in line with" is no particle of a phrasal verb', 'The new rules bring Japan\'s controls in line with those of the United States.', (t) => t.predicate === 'bring in'],
    ['a speaker\'s urging is not the addressee\'s act', 'Beijing urged the Netherlands to respect market rules and avoid harming Chinese firms.', (t) => t.subject.id === 'china' && t.relation === 'AFFECTS'],
    ['what was told to "the company" is not the teller\'s act', 'Intel said it would cut jobs after the U.S. government told the company it would need a license.', (t) => t.subject.id === 'united-states' && t.relation === 'NEEDS'],
    ['an aspect verb with a bare action noun names no patient (start production)', 'Volvo said it would start production at a plant in Hungary.', (t) => /^production$/i.test(t.object.label)],
    ['a verb of change with a plain object is no rise', 'Kia gained market share in Europe.', (t) => t.relation === 'RISES'],
    ['"said demand rose" is no demand', 'Intel said demand rose.', (t) => t.relation === 'DEMANDS'],
    ['the recipient after a description is not the speaker', 'Samsung, the main supplier of memory chips to Apple, said demand was strong.', (t) => t.subject.id === 'apple' && t.relation === 'SAYS'],
  ];
  it.each(none)('%s', (_name, sentence, bad) => {
    expect(show(extract(sentence).filter(bad))).toEqual([]);
  });
});
