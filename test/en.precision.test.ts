// False-positive families of unseen English copy, one composed sentence per construction: what must NOT be emitted
// (requested acts, denied acts, appositive IS_A, acts of a revoked measure, vague objects …) and subjects that must be
// the right one (pronouns after a passive's agent, clauses joined after a participle or an object).
import { describe, expect, it } from '@jest/globals';
import { EntityLinker } from '../src/entities/index.js';
import { createEnglishExtractor, DEFAULT_EN_OPTIONS } from '../src/lang/en/index.js';
import { RelationMap } from '../src/relations/index.js';
import type { Triple } from '../src/types/index.js';
import { extractLines } from './helpers/extract.js';

const linker = EntityLinker.load();
const relations = RelationMap.load();
const extractor = createEnglishExtractor({ linker, relations });

/** The last line's triples; earlier lines set the document's context. */
const last = (...lines: string[]): Triple[] => extractLines(extractor, linker, 'en', lines, { prefix: 'Headline placeholder.\n' }).pop()!;
const show = (ts: Triple[]) => ts.map((t) => `${t.subject.id} ${t.relation} ${t.object.label} (${t.modality})`);
/** Object id, or '~' + a substring of its label. */
const objectIs = (t: Triple, o: string) => (o.startsWith('~') ? t.object.label.toLowerCase().includes(o.slice(1).toLowerCase()) : t.object.id === o);

type Bad = (t: Triple) => boolean;
const none: Array<[string, string[], Bad]> = [
  ['the act someone was only asked to do (asked X to approve)', ['Tokyo asked Beijing to approve export licences quickly.'],
    (t) => t.subject.id === 'china'],
  ['the act someone was urged to do (urged X to lift Y)', ['Seoul urged Washington to lift its tariffs on steel.'],
    (t) => t.subject.id === 'united-states'],
  ['what a revoked measure allowed is no act of the one who revoked it', ['The Commerce Department revoked the waiver that allowed Samsung Electronics to ship chipmaking tools to China.'],
    (t) => t.subject.id === 'us-department-of-commerce' && t.relation === 'ALLOWS'],
  ['a denied act (had not supplied) as the act itself', ['TSMC said it had not supplied Huawei since 2020.'],
    (t) => t.relation === 'SELLS' && t.modality !== 'negated'],
  ['IS_A from an appositive that is a bare class noun', ['Nexperia, the chipmaker, said it would appeal the order.'],
    (t) => t.relation === 'IS_A'],
  ['a country possessor of a role noun is not what is made (Japan\'s largest chip equipment maker)', ['Tokyo Electron, Japan\'s largest chip equipment maker, said it would comply.'],
    (t) => t.relation === 'PRODUCES' && t.object.id === 'japan'],
  ['"the world\'s biggest EV maker" makes no "world\'s"', ['BYD, the world\'s biggest EV maker, said it would build a plant in Hungary.'],
    (t) => t.relation === 'PRODUCES' && /world/i.test(t.object.label)],
  ['a clause after ", but" takes no subject from a participle phrase (chips made abroad, but exempted …)', ['Trump imposed tariffs on chips made abroad, but exempted companies that build plants in the United States.'],
    (t) => t.relation === 'EXEMPTS' && t.subject.id !== 'donald-trump'],
  ['a relative clause on a group is the group\'s act, not that of who acted on it', ['Trump imposed tariffs on chips made abroad, but exempted companies that build plants in the United States.'],
    (t) => t.relation === 'BUILDS' && t.subject.id === 'donald-trump'],
  ['a vague noun described by a participle is no object (products made by Micron)', ['Beijing barred operators of key infrastructure from buying products made by Micron.'],
    (t) => t.relation === 'PRODUCES' && t.object.label === 'products'],
  ['those bound by a bar are not what is barred (barred operators from buying Y)', ['Beijing barred operators of key infrastructure from buying products made by Micron.'],
    (t) => t.relation === 'BANS' && /operators/.test(t.object.label)],
  ['a "by" phrase after an event noun is that event\'s agent (unveiled during a visit … by X)', ['The phone was unveiled last year during a visit to Beijing by Commerce Secretary Gina Raimondo.'],
    (t) => t.subject.id === 'gina-raimondo'],
  ['an indirect question in a noun\'s content is no claim (concerns about how X can enforce Y)', ['The case raised concerns about how effectively the agency can enforce its export controls.'],
    (t) => t.relation === 'ENFORCES'],
  ['", and" after a verb\'s object joins clauses: the object is no subject of the next verb', ['The agency can enforce its rules, and Senator Elizabeth Warren has urged the Commerce Department to expand its audits.'],
    (t) => t.relation === 'URGES' && /rules/.test(t.subject.label)],
  ['a bare role after a name ("head of …") is a description, not a second object', ['Nvidia CEO Jensen Huang met Ren Hongbin, head of the China Council for the Promotion of International Trade, and said sales would continue.'],
    (t) => t.relation === 'MEETS' && /head of/i.test(t.object.label)],
];

describe('English precision: what must not be emitted', () => {
  it.each(none)('%s', (_name, lines, bad) => {
    const ts = last(...lines);
    expect(show(ts.filter(bad))).toEqual([]);
  });
});

interface Case { construction: string; lines: string[]; s: string; r: string; o: string }
const right: Case[] = [
  { construction: 'a pronoun after a passive with a by-agent refers to the agent', lines: ['Samsung Electronics operates a plant in Xian.', 'The waivers were first granted by the Biden administration in 2023, after it imposed curbs on chipmaking tools.'],
    s: 'biden-administration', r: 'IMPOSES', o: '~curbs' },
  { construction: 'a verb group with "first" inside is one passive (were first granted by X)', lines: ['The waivers were first granted by the Biden administration in 2023.'],
    s: 'biden-administration', r: 'GRANTS', o: '~waivers' },
  { construction: 'a pronoun speaker after an earlier clause of the sentence is that clause\'s subject', lines: ['Applied Materials shares fell 3%.', 'SMIC was added to the Entity List by the Trump administration in 2020, after it said the chipmaker had ties to the military.'],
    s: 'trump-administration', r: 'SAYS', o: '~ties to the military' },
  { construction: 'a clause after ", but" shares the main clause\'s subject', lines: ['Trump imposed tariffs on chips made abroad, but exempted companies that build plants in the United States.'],
    s: 'donald-trump', r: 'EXEMPTS', o: '~companies' },
  { construction: 'a role after a country possessor makes the nouns before it', lines: ['Tokyo Electron, Japan\'s largest chip equipment maker, said it would comply.'],
    s: 'tokyo-electron', r: 'PRODUCES', o: '~chip equipment' },
  { construction: 'a participle on a description is about the name described', lines: ['The Dutch government took control of Nexperia, a chipmaker owned by China\'s Wingtech Technology, on Sunday.'],
    s: '~wingtech', r: 'OWNS', o: 'nexperia' },
  { construction: 'barred an unnamed group from buying Y: Y is barred', lines: ['Beijing barred operators of key infrastructure from buying memory chips.'],
    s: 'china', r: 'BANS', o: 'semiconductors' },
  { construction: 'goods of a company named by a definite description stand for that company', lines: ['Micron Technology said it would appeal.', 'Beijing barred operators from buying the U.S. chipmaker\'s products.'],
    s: 'china', r: 'BANS', o: 'micron' },
  { construction: 'the request itself is still emitted', lines: ['Tokyo asked Beijing to approve export licences quickly.'], s: 'japan', r: 'ASKS', o: 'china' },
];

describe('English precision: the right subject', () => {
  it.each(right)('$construction', (c) => {
    const ts = last(...c.lines);
    const hit = ts.find((t) => (c.s.startsWith('~') ? t.subject.label.toLowerCase().includes(c.s.slice(1)) : t.subject.id === c.s) && t.relation === c.r && objectIs(t, c.o));
    expect(hit ? 'found' : show(ts)).toBe('found');
  });
});

describe('English precision: optional triple kinds', () => {
  it('are off by default and documented as options, except denied acts (negated, as in Korean) and appositives (required by the blind9/blind10 conventions)', () => {
    expect(DEFAULT_EN_OPTIONS).toMatchObject({ appositives: true, negatedTriples: true, requestedActs: false });
  });
  it('emit requested and denied acts when switched on', () => {
    const full = createEnglishExtractor({ linker, relations, negatedTriples: true, requestedActs: true });
    const run = (line: string) => extractLines(full, linker, 'en', [line], { prefix: 'Headline placeholder.\n' })[0]!;
    expect(run('Tokyo asked Beijing to approve export licences quickly.').some((t) => t.subject.id === 'china' && t.relation === 'APPROVES' && t.modality === 'possible')).toBe(true);
    expect(run('TSMC did not supply Huawei.').some((t) => t.relation === 'SELLS' && t.modality === 'negated')).toBe(true);
  });
});
