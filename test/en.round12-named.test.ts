// Round 12 (named subjects and objects): verbs named for themselves (lobby, audit), and verbs whose sense turns on the
// object (control of a company is ownership; booking tonnes of goods is buying). One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one, headline } = englishCases();
const run = (c: TripleCase): Triple[] => (c.title ? headline(c.sentence) : one(c.sentence));

const cases: TripleCase[] = [
  { construction: 'lobby for → LOBBIES', sentence: 'Hyundai lobbied for a longer transition period.', s: 'hyundai-motor', r: 'LOBBIES', o: '~transition period' },
  { construction: 'relative clause on coordinated names: each conjunct lobbies', sentence: 'Honda and Nissan, which lobbied for a later deadline, have been reviewing their suppliers.', s: 'honda', r: 'LOBBIES', o: '~deadline' },
  { construction: 'audit → AUDITS, not INVESTIGATES', sentence: 'Ford is auditing its battery supply chain.', s: 'ford', r: 'AUDITS', o: '~supply chain' },
  { construction: 'passive relative: controlled by a company → OWNS', sentence: 'Volvo Cars, which is controlled by Geely, plans to build a plant in Slovakia.', s: 'geely', r: 'OWNS', o: 'Volvo Cars' },
  { construction: 'control + named company → OWNS', sentence: 'Tencent controls Epic Games.', s: 'tencent', r: 'OWNS', o: 'Epic Games' },
  { construction: 'book + tonnes of goods → BUYS', sentence: 'Chinese importers have booked about 2 million tonnes of Brazilian corn.', s: '~importers', r: 'BUYS', o: '2 million' },
];

describe('English extractor: round 12 named subjects and objects', () => {
  it.each(cases)('$construction: $sentence', (c) => {
    const ts = run(c);
    expectCase(ts, c);
  });

  it('control of exports stays a restriction', () => {
    const ts = one('China controls exports of rare earths.');
    expect(ts.map((t) => t.relation)).toContain('RESTRICTS');
    expect(ts.map((t) => t.relation)).not.toContain('OWNS');
  });

  it('booking a loss stays a recorded result', () => {
    const ts = one('Samsung booked a loss of $2 billion.');
    expect(ts.map((t) => t.relation)).not.toContain('BUYS');
  });
});
