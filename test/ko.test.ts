// Korean extraction, one construction per case, on sentences composed for these tests.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { EntityLinker } from '../src/entities/index.js';
import type { SentenceExtractor } from '../src/extract/index.js';
import { createKoreanExtractor, DEFAULT_KO_OPTIONS } from '../src/lang/ko/index.js';
import { analyse } from '../src/lang/ko/morph.js';
import { RelationMap } from '../src/relations/index.js';
import { OptionsError } from '../src/errors.js';
import type { NewsDocument, Sentence, Triple } from '../src/types/index.js';

let linker: EntityLinker;
let ko: SentenceExtractor;

beforeAll(() => {
  linker = EntityLinker.load();
  ko = createKoreanExtractor({ linker, relations: RelationMap.load() });
});

/** Extract from `text` placed after a prefix, so that document offsets differ from sentence offsets. */
function run(text: string, prefix = '머리글. ', extractor: SentenceExtractor = ko) {
  const full = prefix + text;
  const doc: NewsDocument = { id: 'doc1', path: 't.txt', text: full, removed: [],
    meta: { lang: 'ko', encoding: 'UTF-8', format: 'txt', hash: 'h', bytes: full.length } };
  const sentence: Sentence = { id: 'doc1:1', docId: 'doc1', index: 1, lang: 'ko', start: prefix.length, end: full.length, text };
  return { full, ...extractor.extract(sentence, doc, linker.forDocument()) };
}
const find = (ts: Triple[], s: string, r: string) => ts.find((t) => t.subject.id === s && t.relation === r);

describe('Korean clause analysis', () => {
  it.each([
    ['subject particle 이/가', '삼성전자가 인텔에 반도체를 공급했다.', 'samsung-electronics', 'SELLS', 'semiconductors', 'asserted'],
    ['topic particle 은/는', '미국 상무부는 화웨이를 제재했다.', 'us-department-of-commerce', 'SANCTIONS', 'huawei', 'asserted'],
    ['verbal noun + 하다 with a dative object', '마이크로소프트가 오픈AI에 투자했다.', 'microsoft', 'INVESTS_IN', 'openai', 'asserted'],
    ['action-noun object takes the action\'s own object', '중국은 희토류 수출을 금지했다.', 'china', 'BANS', 'rare-earths', 'asserted'],
    ['planned: …할 예정이다', '유럽연합은 중국산 전기차에 관세를 부과할 예정이다.', 'european-union', 'IMPOSES', 'tariffs-on-chinese-electric-vehicles', 'planned'],
    ['planned: …하기로 결정했다', '대만은 화웨이에 대한 반도체 수출을 통제하기로 결정했다.', 'taiwan', 'RESTRICTS', 'semiconductors', 'planned'],
    ['possible: …할 수 있다', '중국은 갈륨 수출을 제한할 수 있다.', 'china', 'RESTRICTS', 'gallium', 'possible'],
    ['reported: …것으로 알려졌다', '미국이 화웨이를 제재하는 것으로 알려졌다.', 'united-states', 'SANCTIONS', 'huawei', 'reported'],
    ['considered: …을 검토하고 있다', '일본 정부는 반도체 수출 규제를 검토하고 있다.', 'japan', 'CONSIDERS', 'semiconductor-export-controls', 'considered'],
    ['negated: …지 않았다', '삼성전자는 화웨이에 메모리를 공급하지 않았다.', 'samsung-electronics', 'SELLS', 'huawei', 'negated'],
    ['negated: …지 못했다', '인텔은 중국에 장비를 수출하지 못했다.', 'intel', 'EXPORTS', 'china', 'negated'],
    ['typo in a known name goes through fuzzy resolution', '알라바바는 미국에 클라우드 서비스를 판매했다.', 'alibaba', 'SELLS', 'united-states', 'asserted'],
  ])('%s', (_name, text, subject, relation, object, modality) => {
    const { triples } = run(text);
    const t = find(triples, subject, relation);
    expect(t).toBeDefined();
    expect(t!.object.id).toBe(object);
    expect(t!.modality).toBe(modality);
  });

  it('coordinated objects under an action noun give one triple each', () => {
    const { triples } = run('일본은 갈륨과 흑연 수입을 금지했다.');
    expect(triples.filter((t) => t.relation === 'BANS').map((t) => t.object.id).sort()).toEqual(['gallium', 'graphite']);
  });

  it('passive 되다: the grammatical subject is the patient, never the agent', () => {
    const { triples } = run('화웨이가 미국 정부에 의해 제재됐다.');
    expect(triples.filter((t) => t.subject.id === 'huawei')).toEqual([]);
  });

  it('adnominal clause on a measure noun inherits the main subject', () => {
    const { triples } = run('일본은 네덜란드 기업의 반도체 장비 수출을 제한하는 규제를 추진하고 있다.');
    const t = find(triples, 'japan', 'RESTRICTS');
    expect(t?.object.label).toBe("Dutch companies' semiconductor equipment export");
    expect(find(triples, 'japan', 'PURSUES')?.object.label).toBe('regulation');
  });

  it('adnominal clause on an agent noun takes the head as its subject', () => {
    const { triples } = run('화웨이에 장비를 공급하는 인텔은 큰 손실을 봤다.');
    expect(find(triples, 'intel', 'SELLS')?.object.id).toBe('huawei');
  });

  it('connective -고/-며 clauses share the subject', () => {
    const { triples } = run('중국은 마이크론을 제재하고 희토류 수출을 통제하며 미국에 맞섰다.');
    expect(find(triples, 'china', 'SANCTIONS')?.object.id).toBe('micron');
    expect(find(triples, 'china', 'RESTRICTS')?.object.id).toBe('rare-earths');
  });

  it('quoted speech: the outlet is the attribution and reports the claim', () => {
    const { triples } = run('로이터통신은 중국이 희토류 수출을 금지할 것이라고 보도했다.');
    const t = find(triples, 'china', 'BANS');
    expect(t?.object.id).toBe('rare-earths');
    expect(t?.attribution?.id).toBe('reuters');
    expect(t?.modality).toBe('planned');
    expect(find(triples, 'reuters', 'REPORTS')?.object.id).toBe('rare-earths');
  });

  it('direct quotation in “…”: the speaker is the attribution, the claim is reported', () => {
    const { triples } = run('옐런 재무장관은 “미국은 화웨이를 제재했다”고 말했다.');
    const t = find(triples, 'united-states', 'SANCTIONS');
    expect(t?.attribution?.id).toBe('janet-yellen');
    expect(t?.modality).toBe('reported');
  });

  it.each([
    ['이나 … 등', '구글이나 오라클 등 클라우드 업체들이 인도 기업에 데이터를 판매했다.', ['google', 'oracle']],
    ['와/과', '인텔과 퀄컴이 화웨이에 칩을 판매했다.', ['intel', 'qualcomm']],
    ['및', '텐센트 및 바이두가 화웨이에 투자했다.', ['tencent', 'baidu']],
  ])('coordinated subjects with %s give one triple each', (_name, text, subjects) => {
    const { triples } = run(text);
    expect([...new Set(triples.filter((t) => t.relation !== 'RELATED_TO').map((t) => t.subject.id))].sort()).toEqual([...subjects].sort());
  });

  it('glossary labels: genitive → possessive, compounds in word order, names in English', () => {
    const { triples } = run('유럽연합이 중국 기업의 인공지능 데이터 접근을 제한했다.');
    const t = find(triples, 'european-union', 'RESTRICTS');
    expect(t?.object.label).toBe("Chinese companies' artificial intelligence data access");
    expect(t?.object.labelKo).toBe('중국 기업의 인공지능 데이터 접근');
    expect(t?.object.type).toBe('Concept');
  });

  it('a phrase with a word the glossary lacks keeps its Korean label', () => {
    const { triples } = run('미국이 중국 업체의 위성항법 접근을 제한했다.');
    expect(find(triples, 'united-states', 'RESTRICTS')?.object.label).toBe('중국 업체의 위성항법 접근');
  });

  it('all spans are document offsets', () => {
    const { triples, full, mentions } = run('마이크로소프트가 오픈AI에 투자했다.');
    const t = triples[0]!;
    expect(full.slice(t.subject.span!.start, t.subject.span!.end)).toBe('마이크로소프트');
    expect(full.slice(t.evidence.predicateSpan!.start, t.evidence.predicateSpan!.end)).toBe('투자했다');
    expect(mentions.map((m) => full.slice(m.span.start, m.span.end))).toEqual(['마이크로소프트', '오픈AI']);
  });

  it('affiliation from "ORG의 PERSON 직함"', () => {
    const { triples } = run('전략국제문제연구소의 재닛 옐런 연구원은 규제를 비판했다.');
    expect(find(triples, 'janet-yellen', 'WORKS_FOR')?.object.id).toBe('csis');
  });

  it('headline without an inflected predicate: named subject, comma, verbal nouns', () => {
    const { triples } = run('유럽연합, 中기업 클라우드 접근 규제 검토');
    const t = find(triples, 'european-union', 'RESTRICTS');
    expect(t?.modality).toBe('considered');
    expect(t?.object.label).toContain('cloud');
  });

  it.each([
    '김연예·박가수 85억 신혼집 공개',
    '이 글자크기로 변경됩니다.',
    '가장 빠른 뉴스를 만나보세요.',
  ])('furniture-like fragment "%s" yields no triples', (text) => {
    expect(run(text).triples).toEqual([]);
  });

  it('with unmapped: "all", an unmapped predicate keeps the generic RELATED_TO type with its lemma', () => {
    const all = createKoreanExtractor({ linker, relations: RelationMap.load(), unmapped: 'all' });
    const t = find(run('삼성전자는 새 공장을 칭찬했다.', undefined, all).triples, 'samsung-electronics', 'RELATED_TO');
    expect(t?.predicate).toBe('칭찬하다');
    expect(t?.object.label).toBe('새 공장');
  });

  it('with unmapped: "entities", keeps RELATED_TO only between named entities', () => {
    const strict = createKoreanExtractor({ linker, relations: RelationMap.load(), unmapped: 'entities' });
    const runStrict = (text: string) => run(text, undefined, strict);
    expect(find(runStrict('삼성전자는 인텔을 칭찬했다.').triples, 'samsung-electronics', 'RELATED_TO')?.object.id).toBe('intel');
    expect(runStrict('삼성전자는 새 공장을 칭찬했다.').triples).toEqual([]);
  });

  it('rejects unknown options', () => {
    expect(() => createKoreanExtractor({ linker, relations: RelationMap.load(), unmapped: 'some' as never })).toThrow(OptionsError);
    expect(DEFAULT_KO_OPTIONS.unmapped).toBe('entities');
  });
});

describe('Korean morphology (lindera ko-dic) and the name-merging pass', () => {
  it('maps UTF-8 byte offsets to string offsets', () => {
    const toks = analyse('美 반도체를 수출했다');
    for (const t of toks) expect('美 반도체를 수출했다'.slice(t.start, t.end)).toBe(t.surface);
  });

  it.each([
    ['엔비디아는 칩을 수출했다.', 'nvidia', '엔비디아'],
    ['마이크로소프트는 칩을 수출했다.', 'microsoft', '마이크로소프트'],
    ['마이크론은 칩을 수출했다.', 'micron', '마이크론'],
  ])('gazetteer names are one token: %s', (text, id, surface) => {
    const { triples, full } = run(text);
    const t = triples.find((x) => x.subject.id === id);
    expect(t).toBeDefined();
    expect(full.slice(t!.subject.span!.start, t!.subject.span!.end)).toBe(surface);
  });
});
