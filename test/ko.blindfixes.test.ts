// Korean constructions that generalise the extractor beyond its sample: list additions with modified list
// nouns, progressive predicates, criticism of a quoted actor, figure predicates, date adverbials and vague
// unmapped objects. Every sentence is composed for these tests (none comes from a fixture or gold file).
import { beforeAll, describe, expect, it } from '@jest/globals';
import { EntityLinker } from '../src/entities/index.js';
import type { SentenceExtractor } from '../src/extract/index.js';
import { createKoreanExtractor } from '../src/lang/ko/index.js';
import { RelationMap } from '../src/relations/index.js';
import type { NewsDocument, Sentence, Triple } from '../src/types/index.js';
import { extractLines } from './helpers/extract.js';

let linker: EntityLinker;
let ko: SentenceExtractor;

beforeAll(() => {
  linker = EntityLinker.load();
  ko = createKoreanExtractor({ linker, relations: RelationMap.load() });
});

/** One sentence after a placeholder headline, extracted with fresh document state. */
const run = (text: string): Triple[] => extractLines(ko, linker, 'ko', [text], { prefix: '머리글. ' })[0]!;
const statements = (ts: Triple[]) => ts.map((t) => `${t.subject.id} ${t.relation} ${t.object.id} ${t.modality}`);
const labelled = (ts: Triple[]) => ts.map((t) => `${t.subject.id} ${t.relation} ${t.object.label}`);

describe('Korean constructions generalised after the blind set', () => {
  it.each([
    ['a list noun modified by an adnominal copula (대상인 … 명단에)', '미국 상무부는 중국 기업 10곳을 수출통제 대상인 거래제한 명단에 추가했다.', 'us-department-of-commerce BLACKLISTS chinese-companies asserted'],
    ['a 도-phrase after an agent topic is the object (X도 함께 명단에 올리다)', '미국 정부는 러시아 업체 5곳도 함께 블랙리스트에 올렸다.', 'united-states BLACKLISTS russian-companies asserted'],
    ['품목에 포함하다 with an adverb between: the verbal noun before 품목 names the relation', '일본은 갈륨을 수출 규제 품목에 새로 포함했다.', 'japan RESTRICTS gallium asserted'],
    ['verbal noun + 중이다 is that verb in progress', '미국 정부는 화웨이에 대한 추가 제재를 검토 중이다.', 'united-states SANCTIONS huawei considered'],
    ['X에 대해서도 + common-noun object: X is the target (조사 중이다)', '미국 상무부는 틱톡에 대해서도 데이터 관리 실태를 조사 중이다.', 'us-department-of-commerce INVESTIGATES tiktok asserted'],
    ['a prefixed verbal noun keeps its prefix (재검토하다 → REVIEWS)', '비야디는 헝가리 공장 증설 계획을 재검토하고 있는 것으로 전해졌다.', 'byd REVIEWS hungary-plant-expansion-plan reported'],
    ['speaker + quotation + criticism verb: the speaker accuses the quoted actor', '중국 외교부는 "미국이 반도체 공급망을 무기화하고 있다"며 강하게 반발했다.', 'china-ministry-of-foreign-affairs CRITICIZES united-states asserted'],
  ])('%s', (_name, text, expected) => {
    expect(statements(run(text))).toContain(expected);
  });

  it.each([
    ['the owner of 주가 falls by the figure', '엔비디아 주가는 뉴욕 증시에서 12% 급락했다.', 'nvidia FALLS 12%'],
    ['a 도-topic figure owner with 넘게 (3% 넘게 상승하다)', '삼성전자 주가도 3% 넘게 상승했다.', 'samsung-electronics RISES 3%'],
    ['기록하다 keeps each amount of a comma list whole (first)', '삼성전자는 2분기에 매출 70조 원, 영업이익 10조 원을 기록했다.', 'samsung-electronics RECORDS 매출 70조 원'],
    ['기록하다 keeps each amount of a comma list whole (second)', '삼성전자는 2분기에 매출 70조 원, 영업이익 10조 원을 기록했다.', 'samsung-electronics RECORDS 영업이익 10조 원'],
    ['a transliterated name the tagger split, with its original in parentheses, is one name (the original its label)', '화웨이는 새 AI 칩 어센드(Ascend) 920을 공개했다.', 'huawei ANNOUNCES Ascend'],
    ['a date adverbial does not start the object phrase', '상무부는 5일(현지시간) 새 수출통제 규정을 발표했다.', 'us-department-of-commerce ANNOUNCES 새 수출통제 규정'],
  ])('%s', (_name, text, expected) => {
    expect(labelled(run(text))).toContain(expected);
  });

  it('a date noun before a named object does not hide the name', () => {
    expect(statements(run('미국은 7일 중국 기업 5곳을 제재했다.'))).toContain('united-states SANCTIONS chinese-companies asserted');
  });

  it('an unmapped predicate with a vague, unglossed object gives no RELATED_TO triple', () => {
    const ts = run('미국 상무부는 의회에 서한을 보냈다.');
    expect(ts.filter((t) => t.relation === 'RELATED_TO')).toEqual([]);
  });

  it('an unmapped predicate with a named object still gives RELATED_TO', () => {
    expect(statements(run('미국 상무부는 화웨이를 주시했다.'))).toContain('us-department-of-commerce RELATED_TO huawei asserted');
  });
});

describe('Korean constructions, second round (phrasal predicates, headlines, quotes, owners)', () => {
  it.each([
    ['object noun + verb as one predicate: X에 관심을 보이다 (an exemplifier glued to its particle: 등이)', '데이터센터 인수에는 아마존과 구글 등이 관심을 보였다.', 'amazon SHOWS_INTEREST_IN'],
    ['X의 출하를 시작하다: the genitive owner is what ships', '화웨이는 새 스마트폰 메이트의 출하를 이달 시작했다.', 'huawei SHIPS'],
    ['X의 양산에 들어가다 → PRODUCES the owner', 'SK하이닉스는 HBM4의 양산에 들어갔다.', 'sk-hynix PRODUCES hbm4'],
    ['a government noun after a person and a country stands for the country', '조 바이든 미국 행정부는 중국산 철강 수입을 제한했다.', 'united-states RESTRICTS'],
    ['a facility acts for its genitive owners (X의 중국 공장은 …를 받다)', '인텔의 중국 공장은 미국 정부로부터 특별 허가를 받았다.', 'intel OBTAINS'],
    ['any speech verb quoting a wrongdoing accuses its actor', '외교부 대변인은 “일본이 자유무역 질서를 훼손하고 있다”며 “대응할 것”이라고 말했다.', 'korea-ministry-of-foreign-affairs CRITICIZES japan'],
    ['the accused is not the speaker acting before the quotation (담화를 내고)', '중국 외교부는 성명을 내고 “미국이 관세를 남용하고 있다”며 반발했다.', 'china-ministry-of-foreign-affairs CRITICIZES united-states'],
  ])('%s', (_name, text, expected) => {
    expect(statements(run(text)).some((s) => s.startsWith(expected))).toBe(true);
  });

  it.each([
    ['매출을 올리다 records the revenue (keep_object), not RAISES', '업계에 따르면 애플은 아이폰 매출의 약 20%를 중국에서 올리고 있다.', 'apple RECORDS iPhone revenue'],
    ['손실을 보다 loses the amount', '인텔은 최대 5억 달러의 손실을 볼 수 있다고 밝혔다.', 'intel LOSES 최대 5억 달러의 손실'],
    ['X에 부과하는 관세 is "tariffs on X", and the subject before it stays the main clause\'s', '미국 정부가 중국산 철강에 부과하는 관세를 두 배로 인상한다.', 'united-states RAISES tariffs on Chinese steel'],
    ['a headline counter or multiplier is no object: the argument before it is', '美, 中 철강 관세 50%로 2배 인상', 'united-states RAISES Chinese steel tariffs'],
  ])('%s', (_name, text, expected) => {
    expect(labelled(run(text))).toContain(expected);
  });

  it('매출을 올리다 is not RAISES', () => {
    expect(run('애플은 아이폰 매출의 약 20%를 중국에서 올리고 있다.').map((t) => t.relation)).not.toContain('RAISES');
  });

  it('a speech verb quoting a neutral act accuses no one', () => {
    expect(run('산업부 관계자는 “국내 기업들이 공급망을 다변화하고 있다”고 말했다.').filter((t) => t.relation === 'CRITICIZES')).toEqual([]);
  });
});

describe('Korean constructions, third round (morphology, clause boundaries, requests, licences, headlines)', () => {
  it.each([
    // morphology
    ['a dictionary slip in an inflected stem (막 read as 박) keeps the surface stem: 막다 → BANS', '중국은 희토류 수출을 막는다.', 'china BANS rare-earths asserted'],
    ['verb + -아/어 + verb in one eojeol is one compound verb (내려받다), not an auxiliary chain', '구글은 자사 앱 장터에서 테무를 내려받을 수 없도록 했다.', 'google BANS temu asserted'],
    ['a compound verb with a -아 + 내다 second half (쏟아내다 → DUMPS)', '중국 업체들이 값싼 태양광 패널을 유럽 시장에 쏟아내고 있다.', 'chinese-companies DUMPS 태양광-패널 asserted'],
    ['a sentence-final 이다 read as a conjunction is the copula; the copula equates the topic with the relative clause\'s head', '어센드 910B는 화웨이가 미국 제재를 피해 자체 개발한 칩이다.', 'huawei DEVELOPS ascend-910b asserted'],
    ['a particle after a closing parenthesis is a particle whatever its tag (…(BIS)이)', '미국 산업안보국(BIS)이 화웨이를 제재했다.', 'bureau-of-industry-and-security SANCTIONS huawei asserted'],
    // clause boundaries
    ['a 도-phrase naming no actor after the clause\'s own subject is its object (X가 … Y도 발표하다)', '블룸버그는 일본 정부가 추가 규제도 발표할 예정이라고 보도했다.', 'japan ANNOUNCES additional-regulation planned'],
    ['a quotation ending in noun + (이)라고: the sentence topic reports it', '블룸버그는 일본 정부가 추가 규제도 발표할 예정이라고 보도했다.', 'bloomberg REPORTS additional-regulation asserted'],
    ['a time clause (…할 때) asserts nothing; X에 대해서도 carries past it to the main predicate', '중국 상무부는 흑연 제품에 대해서도 일본으로 수출할 때 용도를 심사하겠다고 밝혔다.', 'china-ministry-of-commerce REVIEWS graphite planned'],
    ['a conditional clause\'s own subject stays in it after a sentence topic (중국은 [미국이 …하면] …)', '중국은 미국이 관세를 올리면 미국산 대두 수입을 제한하는 보복 조치에 나설 수 있다고 밝혔다.', 'china RESTRICTS 미국산-대두-수입 reported'],
    ['a -면서 clause with a thing as subject leaves the topic to the main clause', '인텔도 가우디 칩의 중국 판매가 막히면서 5억 달러의 손실을 볼 수 있다고 밝혔다.', 'intel LOSES 5억-달러의-손실 possible'],
    ['an actor before an adjective relative clause is no subject of it (업체들이 값싼 패널을)', '중국 업체들이 값싼 태양광 패널을 유럽 시장에 쏟아내고 있다.', 'chinese-companies DUMPS 태양광-패널 asserted'],
    ['a relative clause on a head that opens an indirect quotation leaves the speaker outside it', '연방대법원이 테무 서비스를 금지하도록 한 법률이 합헌이라고 판결했다.', 'us-supreme-court DECIDES law asserted'],
    ['a -거나 conjunct shares its object with the V-는 것 clause it joins', '미국 정부는 기업이 물자를 판매하거나 수출하는 것을 금지했다.', 'united-states BANS goods-export asserted'],
    ['a list of examples before a relative clause belongs to the clause\'s category head (A와 B 등 [X에 …을 공급해 온] 업체들)', 'SK하이닉스와 삼성전자 등 A100에 메모리를 공급해 온 국내 업체들도 영향을 받았다.', 'samsung-electronics SELLS a100 asserted'],
    ['a list whose last member is a relative clause\'s subject goes on in the head (A와 B, [C가 이끄는] D 등이)', '인텔 인수에는 애플과 구글, 워런 버핏이 이끄는 펀드 등이 관심을 보였다.', 'google SHOWS_INTEREST_IN intel asserted'],
    ['an oblique before a relative clause\'s own subject belongs to the main predicate', '인텔 인수에는 애플과 구글, 워런 버핏이 이끄는 펀드 등이 관심을 보였다.', 'apple SHOWS_INTEREST_IN intel asserted'],
    // requests and licences
    ['Y에 V-아/어 달라고 요청하다: the asker urges the addressee', '미국 정부는 한국에도 대중 수출 통제에 동참해 달라고 요청했다.', 'united-states ASKS south-korea asserted'],
    ['V-도록 + a directive verb: what is urged is the complement\'s object', '중국 정부는 국유기업들에 화웨이의 어센드 910B를 사용하도록 권고했다.', 'china URGES ascend-910b asserted'],
    ['a licence required with 요구하다 (…할 때 허가를 받도록 요구했다) restricts the goods, not the one requiring it', '미국 정부가 A100을 중국에 수출할 때 허가를 받도록 요구했다.', 'united-states RESTRICTS a100 asserted'],
    ['a licensing regime (…받도록 하는 허가제를 도입하다) restricts the goods of the time clause', '중국은 흑연을 수출할 때 허가를 받도록 하는 허가제를 도입했다.', 'china RESTRICTS graphite asserted'],
    ['V-ㄹ 수 없도록 하다: the causer blocks V\'s object', '한국 정부는 통신사들이 화웨이 장비를 구매할 수 없도록 했다.', 'south-korea BANS huawei-equipment asserted'],
    ['수출 허가 대상에 포함하다 is control, and a 도-phrase after an agent topic is its object inside a quotation too', '네덜란드 정부는 ASML의 신형 장비도 수출 허가 대상에 포함한다고 밝혔다.', 'netherlands RESTRICTS asml의-신형-장비 reported'],
    // objects
    ['X의 <verbal noun>으로 about Y (Y에 대한 X의 규제로): X acts on Y', '삼성전자는 HBM에 대한 미국의 수출 규제로 타격을 입었다.', 'united-states RESTRICTS high-bandwidth-memory asserted'],
    ['an action noun\'s object is the last non-country name before it (HBM 대중 수출 → HBM)', '미국 정부는 HBM 대중 수출을 금지했다.', 'united-states BANS high-bandwidth-memory asserted'],
    ['a generic goods noun after a named good stands for the good (흑연 제품)', '중국은 흑연 제품을 통제 대상에 추가했다.', 'china RESTRICTS graphite asserted'],
    ['a share of a total is what 차지하다 accounts for', '대만은 세계 파운드리 시장의 약 60%를 차지한다.', 'taiwan ACCOUNTS_FOR 세계-파운드리-시장의-약-60 asserted'],
    ['a noun-predicate phrase with no object takes where it happens (X에서 반사이익을 얻다)', '삼성전자는 인도 시장에서 반사이익을 얻었다.', 'samsung-electronics BENEFITS_FROM 인도-시장 asserted'],
    ['a domestic group of companies is one party (국내 기업들)', '국내 기업들은 호주에서 리튬을 조달하고 있다.', 'south-korean-companies OBTAINS lithium asserted'],
    ['a president-elect is a role noun after the name (트럼프 당선인), 유예하다 → DELAYS', '트럼프 당선인은 관세 부과를 90일 유예하는 방안을 검토하고 있다.', 'donald-trump DELAYS 관세-부과 considered'],
    // headlines
    ['headline: a topic-marked name opening a segment is its subject; a noun one suffers (타격) loses the amount', '삼성전자, 실적 부진…SK하이닉스도 3조원 타격', 'sk-hynix LOSES 3조원 asserted'],
    ['headline: the comma-set-off subject is the topic of a verb-final segment after …', '中, 갈륨 수출 통제…게르마늄 수출도 막는다', 'china BANS germanium asserted'],
  ])('%s', (_name, text, expected) => {
    expect(statements(run(text))).toContain(expected);
  });

  it.each([
    ['a time clause (…할 때) asserts no export', '중국 상무부는 흑연 제품에 대해서도 일본으로 수출할 때 용도를 심사하겠다고 밝혔다.', 'EXPORTS'],
    ['the requested action (V-아/어 달라고) is not asserted of anyone', '미국 정부는 한국에도 대중 수출 통제에 동참해 달라고 요청했다.', 'JOINS'],
    ['a -거나 conjunct inside a banned action is not the banner\'s own act', '중국 정부는 이중용도 물자를 외국 군사 기업에 판매하거나 수출하는 것을 금지했다.', 'SELLS'],
    ['a thing carrying parts (…를 탑재한 드론) is what carries them, not the sentence subject', '미국 상무부는 중국산 부품을 탑재한 드론의 판매를 금지했다.', 'RELATED_TO'],
    ['an alleged act (…한 혐의를 받는 업체) is not the sentence subject\'s', '상무부는 이란에 부품을 수출한 혐의를 받는 업체 5곳을 명단에 올렸다.', 'EXPORTS'],
    ['citing a source (소식통을 인용해) is attribution, no relation', '로이터는 소식통을 인용해 미국이 추가 제재를 검토 중이라고 보도했다.', 'REPORTS sources'],
  ])('%s', (_name, text, relation) => {
    expect(run(text).map((t) => `${t.relation} ${t.object.label}`).filter((s) => s.startsWith(relation))).toEqual([]);
  });

  it('the glossary acts as a user dictionary: a word the tagger split (이중용/NNP 도/JX) is one noun', () => {
    expect(labelled(run('중국 상무부는 이중용도 물자의 수출을 금지했다.'))).toContain("china-ministry-of-commerce BANS dual-use goods' export");
  });
});

describe('Korean labels and discourse, third round', () => {
  it.each([
    ['a bound "toward X" form goes after its noun (대중 수출통제 → export controls on China)', '네덜란드 정부는 반도체 장비 대중 수출통제를 확대했다.', 'netherlands EXPANDS semiconductor equipment export controls on China'],
    ['a bound "toward X" form with an action noun takes "to" (대중 … 수출 → export to China)', '일본은 대중 반도체 장비 수출을 제한했다.', 'japan RESTRICTS semiconductor equipment export to China'],
    ['X에 대한 + a bound form: "on X to China"', '일본 정부는 흑연에 대한 대중 수출통제를 발표했다.', 'japan ANNOUNCES export controls on graphite to China'],
    ['a plural count noun used as a modifier is singular (electric vehicle tariffs)', '미국은 중국 전기차 관세를 올렸다.', 'united-states RAISES Chinese electric vehicle tariffs'],
    ['a name after its description is the gloss of the part (… 반도체 기업 마이크론 → Micron)', '미국 정부는 미국 반도체 기업 마이크론에 대한 추가 제재를 검토하고 있다.', 'united-states CONSIDERS additional sanctions on Micron'],
    ['a place name + 소재 is a "-based" modifier', '상무부는 홍콩 소재 업체 3곳을 명단에 올렸다.', 'us-department-of-commerce BLACKLISTS Hong Kong-based companies'],
    ['a name followed by a plain noun before an action noun only modifies it (반도체 장비 수출 is not semiconductors)', '일본은 대중 반도체 장비 수출을 제한했다.', 'japan RESTRICTS semiconductor equipment export to China'],
    ['a negated compliance is a violation (절차를 지키지 않았다 → VIOLATES)', '중국 기업은 법적 절차를 지키지 않았다.', 'chinese-companies VIOLATES 법적 절차'],
    ['살리다 → RESCUES', '미국 정부는 트럼프 당선인이 틱톡을 살릴 것으로 본다.', 'donald-trump RESCUES TikTok'],
  ])('%s', (_name, text, expected) => {
    expect(labelled(run(text))).toContain(expected);
  });

  it('a Korean label does not start with a pronoun and its particle (이는/UNK → 이 + 는)', () => {
    const labels = run('이는 첨단 반도체 수출 통제의 허점을 메우기 위한 조치로 풀이된다.').flatMap((t) => [t.object.labelKo ?? '', t.subject.labelKo ?? '']);
    expect(labels.filter((l) => /^이는/.test(l))).toEqual([]);
  });

  it.each([
    ['조달하다', '국내 기업들은 호주에서 리튬을 조달하고 있다.', 'OBTAINS'],
    ['유예하다', '트럼프 당선인은 관세 부과를 유예했다.', 'DELAYS'],
    ['반입하다', '삼성전자는 중국 공장에 장비를 반입했다.', 'IMPORTS'],
    ['방해하다', '외교부는 일본이 무역을 방해하고 있다고 밝혔다.', 'HINDERS'],
    ['확정하다', '미국 재무부는 규정을 확정했다.', 'FINALIZES'],
    ['남용하다', '중국은 미국이 수출통제 조치를 남용하고 있다고 밝혔다.', 'MISUSES'],
    ['분석하다', '한국 정부는 관세 인상의 영향을 분석하고 있다.', 'ANALYZES'],
    ['제시하다', '삼성전자는 내년 매출 전망치를 제시했다.', 'ANNOUNCES'],
    ['점검하다', '산업통상자원부는 공급망 영향을 점검했다.', 'REVIEWS'],
    ['심사하다', '중국 당국은 마이크론 제품을 심사했다.', 'REVIEWS'],
    ['판결하다', '미국 연방대법원은 해당 금지법이 위헌이라고 판결했다.', 'DECIDES'],
  ])('relation map: %s', (_lemma, text, relation) => {
    expect(run(text).map((t) => t.relation)).toContain(relation);
  });
});

describe('Korean discourse: an agentless list addition', () => {
  function runDoc(texts: string[]): Triple[] {
    const full = texts.join(' ');
    const doc: NewsDocument = { id: 'doc2', path: 't2.txt', text: full, removed: [],
      meta: { lang: 'ko', encoding: 'UTF-8', format: 'txt', hash: 'h2', bytes: full.length } };
    const entities = linker.forDocument();
    const out: Triple[] = [];
    let start = 0;
    for (const [index, text] of texts.entries()) {
      const sentence: Sentence = { id: `doc2:${index}`, docId: 'doc2', index, lang: 'ko', start, end: start + text.length, text };
      out.push(...ko.extract(sentence, doc, entities).triples);
      start += text.length + 1;
    }
    return out;
  }

  it('X가 명단에 포함됐다 with no agent: the document\'s latest list author added X', () => {
    const ts = runDoc(['미국 상무부는 중국 기업 20곳을 거래제한 명단에 추가했다.', '이번 명단에는 화웨이와 SMIC 등이 포함된 것으로 알려졌다.']);
    expect(statements(ts)).toEqual(expect.arrayContaining(['us-department-of-commerce BLACKLISTS huawei reported', 'us-department-of-commerce BLACKLISTS smic reported']));
  });

  it('without an earlier list author, an agentless list addition gives nothing', () => {
    expect(runDoc(['이번 명단에는 화웨이와 SMIC 등이 포함된 것으로 알려졌다.'])).toEqual([]);
  });
});

describe('Korean constructions found on fresh text, third round', () => {
  it.each([
    ['headline: a later segment without a subject of its own has the headline\'s (美, … 확대…부품 수출도 금지)', '美, 中 드론업체 DJI 제재 확대…부품 수출도 금지', 'united-states BANS 부품-수출 asserted'],
    ['headline: a support noun (확대) over a verbal noun (제재) also states the verbal noun\'s relation', '美, 中 드론업체 DJI 제재 확대…부품 수출도 금지', 'united-states SANCTIONS dji asserted'],
    ['a quotation that is only a noun predicate accuses its subject\'s owner (“X의 조치는 …”라고 반발했다)', '중국 상무부는 즉각 성명을 내고 “EU의 조치는 보호무역주의”라고 반발했다.', 'china-ministry-of-commerce CRITICIZES european-union asserted'],
    ['V-ㄹ 계획인 것으로: the clause goes on into its modality (planned), it is no relative clause on 계획', '비야디는 헝가리 공장을 통해 관세를 피할 계획인 것으로 알려졌다.', 'byd EVADES tariffs planned'],
    ['an amount (170억 달러) is no object when there is a recipient (X에 투자하다)', '삼성전자는 텍사스주 공장 건설에 170억 달러를 투자하고 있다.', 'samsung-electronics INVESTS_IN 텍사스주-공장-건설 asserted'],
    ['V-기로 확정하다 plans V; 지급하다 gives to its named recipient', '미국 상무부는 TSMC에 최대 66억 달러의 보조금을 지급하기로 확정했다.', 'us-department-of-commerce PROVIDES tsmc planned'],
  ])('%s', (_name, text, expected) => {
    expect(statements(run(text))).toContain(expected);
  });

  it.each([
    ['an imperative quotation (…하고 …하라고 권고했다) is only asked of the addressee: the speaker urges the addressee', '일본 경제산업성은 자국 기업들에 재고를 점검하고 대체 공급처를 확보하라고 권고했다.', 'URGES 자국 기업들', 'REVIEWS'],
    ['a conditional clause (…하면) is possible, and no claim of the speaker', '중국은 미국이 관세를 올리면 보복하겠다고 밝혔다.', 'RAISES tariffs', 'SAYS'],
  ])('%s', (_name, text, present, absent) => {
    const ts = run(text).map((t) => `${t.relation} ${t.object.label}`);
    expect(ts).toContain(present);
    expect(ts.filter((x) => x.startsWith(absent))).toEqual([]);
  });

  it('a conditional clause is possible', () => {
    expect(statements(run('중국은 미국이 관세를 올리면 보복하겠다고 밝혔다.'))).toContain('united-states RAISES tariffs possible');
  });

  it.each([
    ['a noun suffix belongs to its noun (가능/NNG 성/XSN), and 가능성을 열어두다 is an idiom, no relation', '네이버는 모든 가능성을 열어두고 검토하겠다고 밝혔다.'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it.each([
    ['넘기다 → TRANSFERS', '알리익스프레스는 고객 정보를 판매자에게 넘겼다.', 'TRANSFERS'],
    ['지연시키다 → DELAYS', '중국은 허가를 지연시키는 방식으로 수출을 제한했다.', 'DELAYS'],
  ])('relation map: %s', (_name, text, relation) => {
    expect(run(text).map((t) => t.relation)).toContain(relation);
  });

  it('a decimal number the tagger split stays one number (35.3%)', () => {
    expect(labelled(run('유럽연합 집행위원회가 중국산 전기차에 최고 35.3%의 상계관세를 부과하기로 했다.')).some((l) => l.includes('35.3%'))).toBe(true);
  });
});

describe('Korean speech and relation map, third round (continued)', () => {
  it('a speaker stating its own act gives no extra SAYS triple (the act is already reported)', () => {
    const ts = run('삼성전자는 2분기 매출 70조 원을 기록했다고 밝혔다.');
    expect(statements(ts).some((s) => s.startsWith('samsung-electronics RECORDS'))).toBe(true);
    expect(ts.filter((t) => t.relation === 'SAYS')).toEqual([]);
  });

  it('a speech verb with no named speaker (업계에서는 …고 분석했다) still reports the quoted claim, and the quoted subject is not the speaker', () => {
    const ts = run('업계에서는 인도 정부가 애플의 현지 생산 확대를 지원하고 있다고 분석했다.');
    expect(statements(ts)).toContain('india PROVIDES 애플의-현지-생산-확대 reported');
    expect(ts.filter((t) => t.relation === 'ANALYZES')).toEqual([]);
  });

  it.each([
    ['끌어들이다 → ENLISTS (a compound verb)', '미국은 동맹국을 끌어들여 중국을 압박하고 있다.', 'ENLISTS'],
    ['매입하다 → BUYS', '삼성전자는 10조원 규모의 자사주를 매입했다.', 'BUYS'],
  ])('relation map: %s', (_name, text, relation) => {
    expect(run(text).map((t) => t.relation)).toContain(relation);
  });
});

describe('Korean fresh-text fixes, third round (continued)', () => {
  it.each([
    ['headline: a later segment opening with a bare actor name has that subject, not the headline\'s', '일본, 반도체 소재 수출규제…한국 "WTO 제소 검토"', 'south-korea SUES world-trade-organization considered'],
    ['the glossary re-cut also takes a copula ending (보복이라며 = 보복 + 이라며): the quotation ends there', '한국 정부는 일본의 조치가 경제 보복이라며 대응 조치를 취하겠다고 밝혔다.', 'south-korea IMPOSES response-measure planned'],
  ])('%s', (_name, text, expected) => {
    expect(statements(run(text))).toContain(expected);
  });

  it('nouns the tagger split that spell one glossary word are that word (자사/NNG 주/NNG → 자사주, not the time noun 주)', () => {
    expect(labelled(run('삼성전자는 10조원 규모의 자사주를 매입했다.'))).toContain('samsung-electronics BUYS 10조원 규모의 자사주');
  });

  it('a duration (5년간) and an amount are no object', () => {
    expect(run('산업통상자원부는 소재 국산화를 위해 5년간 7조원을 투자하겠다고 발표했다.').filter((t) => t.relation === 'INVESTS_IN')).toEqual([]);
  });
});
