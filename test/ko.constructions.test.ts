// Korean news constructions beyond the sample article, one construction per case, on sentences composed for
// these tests (none is taken from a fixture or the gold files).
import { beforeAll, describe, expect, it } from '@jest/globals';
import { EntityLinker } from '../src/entities/index.js';
import type { SentenceExtractor } from '../src/extract/index.js';
import { createKoreanExtractor } from '../src/lang/ko/index.js';
import { analyse } from '../src/lang/ko/morph.js';
import { RelationMap } from '../src/relations/index.js';
import type { Triple } from '../src/types/index.js';
import { extractLines } from './helpers/extract.js';

let linker: EntityLinker;
let ko: SentenceExtractor;

beforeAll(() => {
  linker = EntityLinker.load();
  ko = createKoreanExtractor({ linker, relations: RelationMap.load() });
});

/** One sentence after a placeholder headline, extracted with fresh document state. */
const run = (text: string): Triple[] => extractLines(ko, linker, 'ko', [text], { prefix: '머리글. ' })[0]!;
const has = (ts: Triple[], s: string, r: string, o: string) => ts.find((t) => t.subject.id === s && t.relation === r && t.object.id === o);
const statements = (ts: Triple[]) => ts.map((t) => `${t.subject.id} ${t.relation} ${t.object.id} ${t.modality}`);

describe('Korean constructions: subject, relation, object and modality', () => {
  it.each([
    ['passive 되다 with an agent (X에 의해): the agent is the subject', '텐센트가 미국 정부에 의해 제재됐다.', 'united-states SANCTIONS tencent asserted'],
    ['블랙리스트에 올리다 → BLACKLISTS', '미국 정부는 양쯔메모리를 블랙리스트에 올렸다.', 'united-states BLACKLISTS ymtc asserted'],
    ['명단에 추가하다 → BLACKLISTS', '미 상무부는 화웨이를 거래제한 명단에 추가했다.', 'us-department-of-commerce BLACKLISTS huawei asserted'],
    ['블랙리스트에 오르다 with an agent: passive phrasal', '바이두는 트럼프 행정부에 의해 블랙리스트에 올랐다.', 'trump-administration BLACKLISTS baidu asserted'],
    ['N 대상에 포함하다: the verbal noun before 대상 names the relation', '일본은 화웨이를 수출 규제 대상에 포함했다.', 'japan RESTRICTS huawei asserted'],
    ['수출 관리 대상에 추가하다: the traded action (수출) is no cue, 관리 is control', '일본은 화웨이를 수출 관리 대상에 추가했다.', 'japan RESTRICTS huawei asserted'],
    ['제재 대상에 추가하다 → SANCTIONS', '미국은 텐센트를 제재 대상에 추가했다.', 'united-states SANCTIONS tencent asserted'],
    ['에 대한 + support verb 나서다: the verbal noun\'s relation about X', '중국 정부는 흑연에 대한 수출 통제에 나섰다.', 'china RESTRICTS graphite asserted'],
    ['에 대한 + governing verb 검토하다: the relation, considered', '중국은 마이크론에 대한 추가 제재를 검토하고 있다.', 'china SANCTIONS micron considered'],
    ['X를 대상으로 + 제재를 가하다 (light verb)', '미국은 중국 기업을 대상으로 제재를 가했다.', 'united-states SANCTIONS chinese-companies asserted'],
    ['genitive possessor of an action noun with a country destination', '네덜란드는 ASML의 중국 수출을 제한했다.', 'netherlands RESTRICTS asml asserted'],
    ['까지 in place of 을/를 marks the object', '미국은 H20의 중국 수출까지 금지했다.', 'united-states BANS h20 asserted'],
    ['할 방침이다 → planned', '중국은 희토류 수출을 금지할 방침이다.', 'china BANS rare-earths planned'],
    ['하기로 했다 → planned', '미국은 화웨이를 제재하기로 했다.', 'united-states SANCTIONS huawei planned'],
    ['X와 회담하다: the partner is the object', '블링컨 국무장관은 왕이 외교부장과 회담했다.', 'antony-blinken TALKS_WITH wang-yi asserted'],
    ['topicalised goods after an agent topic are the object', '중국은 흑연을 수출하며, 갈륨은 전량을 생산한다.', 'china PRODUCES gallium asserted'],
    ['a quantity of something (X의 90% 이상) is about X', '한국은 흑연의 90% 이상을 중국에서 수입한다.', 'south-korea IMPORTS graphite asserted'],
    ['licence requirement: …할 때 허가를 받도록 했다 → RESTRICTS the actor', '네덜란드 정부는 ASML이 장비를 수출할 때 허가를 받도록 했다.', 'netherlands RESTRICTS asml asserted'],
    ['X의 <verbal noun>으로: X acts on the topic', '화웨이는 미국의 제재로 타격을 입었다.', 'united-states SANCTIONS huawei asserted'],
    ['a determiner adnominal (지난) does not take the subject', '미국이 지난 17일 화웨이를 제재했다.', 'united-states SANCTIONS huawei asserted'],
    ['a connective clause\'s subject carries into the relative clause it leads to', '미국 정부가 엔비디아가 중국을 겨냥해 만든 H20의 수출을 제한했다.', 'united-states RESTRICTS h20 asserted'],
    ['관세를 인상하다 → RAISES', '미국은 중국산 전기차에 대한 관세를 인상하기로 했다.', 'united-states RAISES tariffs-on-chinese-electric-vehicles planned'],
    ['quoted speech with 라고 말했다', '바이든 대통령은 "중국은 화웨이를 지원해 왔다"라고 말했다.', 'china PROVIDES huawei reported'],
    ['a subject after a subject-less conditional clause', '규제가 강화되면 엔비디아는 중국에 H20을 판매할 수 없다.', 'nvidia SELLS h20 negated'],
  ])('%s', (_name, text, expected) => {
    expect(statements(run(text))).toContain(expected);
  });

  it('a list closed by 등 and then 과 (A와 B 등과 관련한 N) is analysed, not a crash', () => {
    expect(() => run('회사는 장비와 부품 등과 관련한 비용을 반영했다고 밝혔다.')).not.toThrow();
  });

  it('X에 따르면: the source is the attribution and the claim is reported', () => {
    const t = has(run('로이터통신에 따르면 미국은 SMIC를 제재했다.'), 'united-states', 'SANCTIONS', 'smic');
    expect(t?.attribution?.id).toBe('reuters');
    expect(t?.modality).toBe('reported');
  });

  it('a passive agent never makes the patient a subject', () => {
    expect(run('바이두는 트럼프 행정부에 의해 블랙리스트에 올랐다.').filter((t) => t.subject.id === 'baidu')).toEqual([]);
  });

  it('에 대한 phrases are glossed "Y on X" with the Korean phrase kept whole', () => {
    const t = has(run('중국은 미국산 반도체에 대한 관세를 부과했다.'), 'china', 'IMPOSES', 'tariffs-on-us-semiconductors');
    expect(t?.object.label).toBe('tariffs on US semiconductors');
    expect(t?.object.labelKo).toBe('미국산 반도체에 대한 관세');
  });

  it('goods named in a genitive possessor of an action noun are each an object', () => {
    const objs = run('중국은 갈륨과 게르마늄 관련 품목의 수출을 금지했다.').filter((t) => t.relation === 'BANS').map((t) => t.object.id);
    expect(objs.sort()).toEqual(['gallium', 'germanium']);
  });

  it.each([
    ['a comma list ending in 등', '텐센트와 알리바바, 바이두 등 중국 기업들은 H20을 구매했다.', ['alibaba', 'baidu', 'tencent']],
    ['a middle dot between nouns', '알리바바·바이두는 H20을 구매했다.', ['alibaba', 'baidu']],
  ])('coordination by %s gives one triple per conjunct', (_name, text, subjects) => {
    expect(run(text).filter((t) => t.relation === 'BUYS').map((t) => t.subject.id).sort()).toEqual(subjects);
  });

  it('…하는 방안을 검토하다: the relative clause is the content, no "considers plan" triple', () => {
    const ts = run('미국은 H20 수출을 제한하는 방안을 검토하고 있다.');
    expect(statements(ts)).toContain('united-states RESTRICTS h20 considered');
    expect(ts.filter((t) => t.relation === 'CONSIDERS')).toEqual([]);
  });

  it('an unmapped support verb (가하다) adds no RELATED_TO triple', () => {
    expect(run('미국은 중국 기업을 대상으로 제재를 가했다.').filter((t) => t.relation === 'RELATED_TO')).toEqual([]);
  });

  it('V-는 것을 금지하다: the banner bans "investment in …" and is not the investor', () => {
    const ts = run('미국은 중국 AI 분야에 투자하는 것을 금지했다.');
    expect(statements(ts)).toContain('united-states BANS investment-in-chinese-artificial-intelligence-sector asserted');
    expect(ts.filter((x) => x.relation === 'INVESTS_IN')).toEqual([]);
  });

  it('a purpose clause (-기 위해) leaves its subject to the main clause', () => {
    expect(statements(run('미국은 화웨이가 제재를 피하기 위해 TSMC를 이용했다고 밝혔다.'))).toContain('huawei USES tsmc reported');
  });

  it('V-도록 + a directive verb: the one told to act is not the sentence subject', () => {
    expect(run('중국 정부는 기업들에 화웨이 칩을 사용하도록 권고했다.').filter((t) => t.relation === 'USES')).toEqual([]);
  });

  it.each([
    ['dates', '일본은 지난 7월부터 규제를 시행했다.'],
    ['quantities', '중국은 희토류 가공의 90% 이상을 통제한다.'],
  ])('%s are never objects', (_name, text) => {
    expect(run(text).map((t) => t.object.labelKo ?? t.object.label).filter((l) => /\d|이상|월/.test(l))).toEqual([]);
  });

  it('N 간 (between) is a noun: a relative clause before "A와 B 간 N" is about N, not about A and B', () => {
    expect(run('악화일로를 걷는 미국과 중국 간 반도체 전쟁이 확대됐다.').filter((t) => t.subject.id === 'united-states')).toEqual([]);
  });
});

describe('Korean headlines without an inflected predicate', () => {
  it.each([
    ['noun-final headline: the argument before the verbal noun is the object', '中, 흑연도 수출 통제', 'china RESTRICTS graphite asserted'],
    ['phrasal predicate inside a compound (블랙리스트 추가)', '美 상무부, SMIC 블랙리스트 추가', 'us-department-of-commerce BLACKLISTS smic asserted'],
    ['phrasal predicate with 에 (명단에 추가)', '美, SMIC 수출통제 명단에 추가', 'united-states BLACKLISTS smic asserted'],
    ['action noun compound: its named object', '中 상무부, 마이크론 제품 구매 금지', 'china-ministry-of-commerce BANS micron asserted'],
    ['a segment after an ellipsis with a quoted clause before it', '"H20도 막는다"…美, H20 수출 통제 검토', 'united-states RESTRICTS h20 considered'],
  ])('%s', (_name, text, expected) => {
    expect(statements(run(text))).toContain(expected);
  });

  it('trailing numbers and counters are not part of the object', () => {
    const t = run('美, 中 전기차 관세 100%로 인상').find((x) => x.relation === 'RAISES');
    expect(t?.object.label).toBe('Chinese electric vehicle tariffs');
  });
});

describe('Korean morphology repairs', () => {
  it('an eojeol the tagger started with a particle is analysed again (제재를 가했다)', () => {
    expect(analyse('제재를 가했다').map((t) => t.tag.split('+')[0])).not.toContain('JKS');
  });
});
