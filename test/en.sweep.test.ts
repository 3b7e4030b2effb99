// The English tagger replaces compromise's bulkMatch (the engine of its post-tagger) with a faster candidate
// lookup; it must find exactly what compromise's own finds, in the same order.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { bulkMatch, compromiseBulkMatch, expandRules, fastRunMatch, loadGrammar, tagSentence } from '../src/lang/en/grammar.js';
import { RelationMap } from '../src/relations/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'en');
const sentences = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(path.join(FIXTURES, f), 'utf8').split('\n').filter((l) => l.trim()));

type Net = Parameters<typeof bulkMatch>[1];
const methods = nlp.methods() as unknown as Parameters<typeof bulkMatch>[2];
const nets: Array<[string, Net]> = [
  // copies: buildNet rewrites the objects it is given, and compromise's post-tagger still needs its own
  ["compromise's post-tagger matches", nlp.buildNet((nlp.model() as unknown as { two: { matches: object[] } }).two.matches.map((m) => ({ ...m })) as never) as unknown as Net],
  ['data/en/grammar.yaml rules', nlp.buildNet(expandRules(loadGrammar(), RelationMap.load().lemmas('en')).rules.map((r) => ({ ...r }))) as unknown as Net],
];
/** Tokenised and pre-tagged only, as the post-tagger sees a sentence. */
const pretagged = (text: string) => {
  const doc = nlp.tokenize(text);
  doc.compute(['index', 'id', 'lexicon', 'preTagger']);
  return doc.docs as unknown[][];
};
const summary = (found: Array<Record<string, unknown>>) => found.map((f) => `${String(f.match)} @${JSON.stringify(f.pointer)}`);

describe('English tagger: bulkMatch', () => {
  it('is not compromise\'s own function (the comparison below compares two things)', () => {
    expect(compromiseBulkMatch).not.toBe(bulkMatch);
  });

  it('runs its own start-filtered runMatch (so the comparison below also checks that one)', () => {
    expect(fastRunMatch).toBe(true);
  });

  it.each(nets)('finds what compromise finds with %s, in order', (_name, net) => {
    let total = 0;
    for (const s of sentences) {
      const doc = pretagged(s);
      const ours = summary(bulkMatch(doc, net, methods));
      expect({ s, found: ours }).toEqual({ s, found: summary(compromiseBulkMatch(doc, net, methods)) });
      total += ours.length;
    }
    expect(total).toBeGreaterThan(0);
  });
});

describe('English tagger: tagSentence', () => {
  it('tags as a full compromise parse does (it skips only the chunker)', () => {
    const grammar = expandRules(loadGrammar(), RelationMap.load().lemmas('en'));
    const net = nlp.buildNet(grammar.rules.map((r) => ({ ...r })));
    const tags = (terms: Array<{ text: string; tags: Set<string>; root?: string }>) => terms.map((t) => `${t.text}/${t.root ?? ''}/${[...t.tags].sort().join(',')}`).join(' ');
    for (const s of sentences) {
      const full = nlp(s);
      full.sweep(net);
      full.compute('root');
      expect(tags(tagSentence(s, grammar))).toBe(tags((full.docs as unknown as Array<typeof full.docs[0]>).flat() as never));
    }
  });
});
