import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityLinker, englishLongForm, type Mention } from '../src/entities/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';

const linker = EntityLinker.load({ useWorkingDirFile: false });
const idsOf = (ms: Mention[]) => ms.map((m) => `${m.span.text}=${m.id}`);

describe('short forms defined in a document', () => {
  it.each([
    ['월스트리트저널(WSJ)은 보도했다.', 'WSJ은 전했다.', 'WSJ=the-wall-street-journal'],
    ['마이크로소프트(MS) 등', 'MS가 답하지 않았다', 'MS=microsoft'],
    ['산업통상자원부(산업부)는', '산업부 관계자는', '산업부=korea-ministry-of-trade-industry-and-energy'],
    ['The Pacific Compute Policy Forum (PCPF) said.', 'PCPF members disagree.', 'PCPF=pacific-compute-policy-forum'],
    ['한국반도체연구협회(KSRA)는', 'KSRA 회원사', 'KSRA=한국반도체연구협회'],
    ['Qualcomm (QCOM) fell.', 'QCOM rose.', 'QCOM=qualcomm'],
  ])('%s … %s', (first, later, expected) => {
    const doc = linker.forDocument();
    doc.mentions(first, 0);
    expect(idsOf(doc.mentions(later, 100))).toContain(expected);
    // and only in that document
    expect(idsOf(linker.forDocument().mentions(later))).not.toContain(expected.replace(/=.*/, '=') + 'x');
  });

  it('does not carry a document-defined acronym into another document', () => {
    const a = linker.forDocument();
    a.mentions('The Pacific Compute Policy Forum (PCPF) said.');
    expect(linker.forDocument().mentions('PCPF said.')).toEqual([]);
  });

  it('an unknown English long form with its acronym becomes one discovered entity', () => {
    const doc = linker.forDocument();
    const ms = doc.mentions('Analysts at the Pacific Compute Policy Forum (PCPF) warned.');
    expect(ms.map((m) => [m.span.text, m.id, m.type])).toEqual([
      ['Pacific Compute Policy Forum', 'pacific-compute-policy-forum', 'Organization'],
      ['PCPF', 'pacific-compute-policy-forum', 'Organization'],
    ]);
  });

  it('a parenthesised gloss naming another known entity is not a definition', () => {
    const doc = linker.forDocument();
    doc.mentions('디리스킹(de-risking·위험제거)을 외치며');
    expect(doc.resolve('위험제거')?.id).toBe('de-risking');
    const d2 = linker.forDocument();
    d2.mentions('바이든 행정부(미국)는');
    expect(d2.resolve('미국')?.id).toBe('united-states');
  });

  it.each([
    ['Center for Security and Emerging Technology', 'CSET', 'Center for Security and Emerging Technology'],
    ['said the Pacific Compute Policy Forum', 'PCPF', 'Pacific Compute Policy Forum'],
    ['graphics processing units', 'GPU', undefined], // not a proper name
    ['the report', 'PCPF', undefined],
  ])('Schwartz–Hearst long form of %s (%s)', (before, short, expected) => {
    expect(englishLongForm(short, `${before} `)?.text).toBe(expected);
  });
});

describe('person names', () => {
  it.each([
    ['Emily Weinstein said.', 'Weinstein added.', 'Weinstein=emily-weinstein'],
    ['에밀리 와인스타인 연구원은', '와인스타인은 덧붙였다', '와인스타인=emily-weinstein'],
    ['토니 블링컨 국무장관은', '블링컨은', '블링컨=antony-blinken'],
  ])('a full name introduces the surname: %s … %s', (first, later, expected) => {
    const doc = linker.forDocument();
    doc.mentions(first);
    expect(idsOf(doc.mentions(later))).toContain(expected);
  });

  it('discovers an unknown person with a stable id; the surname then resolves', () => {
    const doc = linker.forDocument();
    const ref = doc.discover('Dr. Dana Whitfield', 'Person', 'en');
    expect(ref).toEqual({ id: 'dana-whitfield', label: 'Dana Whitfield', type: 'Person' });
    expect(idsOf(doc.mentions('Whitfield said.'))).toEqual(['Whitfield=dana-whitfield']);
    expect(doc.resolve('Whitfield')?.id).toBe('dana-whitfield');
    expect(linker.forDocument().discover('Dana Whitfield', 'Person', 'en').id).toBe('dana-whitfield'); // same id in any document
  });

  it('discovers an unknown Korean name without its title; the last word then resolves', () => {
    const doc = linker.forDocument();
    expect(doc.discover('데이나 휫필드 연구원', 'Person', 'ko')).toEqual({ id: '데이나-휫필드', label: '데이나 휫필드', type: 'Person', labelKo: '데이나 휫필드' });
    expect(idsOf(doc.mentions('휫필드는 말했다'))).toEqual(['휫필드=데이나-휫필드']);
  });

  it('types a discovered name by its head word', () => {
    expect(linker.forDocument().discover('Pacific Compute Policy Forum', 'Person', 'en').type).toBe('Organization');
    expect(linker.forDocument().discover('한빛일보', 'Person', 'ko').type).toBe('Media');
  });

  it('types a discovered name as a person when a title precedes or follows it', () => {
    expect(linker.forDocument().tryDiscover('Representative Dana Whitcombe', 'Organization', 'en')).toMatchObject({ id: 'dana-whitcombe', type: 'Person' });
    expect(linker.forDocument().tryDiscover('Former Treasury Secretary Alan Brightwater', 'Organization', 'en')).toMatchObject({ id: 'alan-brightwater', type: 'Person' });
    expect(linker.forDocument().tryDiscover('한빛나 대변인', 'Organization', 'ko')).toMatchObject({ label: '한빛나', type: 'Person' });
  });

  it.each(['Ministry', 'Corp.', 'Court', 'South', 'Here'])('does not discover the lone word "%s"', (word) => {
    expect(linker.forDocument().tryDiscover(word, 'Organization', 'en')).toBeUndefined();
  });

  it.each(['Holding NV', 'Corp.', 'Group Ltd.'])('does not discover "%s": legal forms and type heads only', (name) => {
    expect(linker.forDocument().tryDiscover(name, 'Organization', 'en')).toBeUndefined();
  });

  it('still discovers names that contain those words', () => {
    // (a court the gazetteer does not know, so this is discovery, not a look-up)
    expect(linker.forDocument().tryDiscover('Court of Coastal Trade Appeals', 'Organization', 'en')).toMatchObject({ id: 'court-of-coastal-trade-appeals' });
  });

  it('does not turn page furniture into persons', () => {
    const doc = linker.forDocument();
    expect(doc.tryDiscover('다음뉴스', 'Person', 'ko')).toMatchObject({ id: 'daum', type: 'Media' });
    expect(doc.tryDiscover('헤럴드경제', 'Person', 'ko')).toMatchObject({ id: 'herald-business', type: 'Media' });
    expect(doc.tryDiscover('Copyright © 헤럴드경제', 'Person', 'ko')).toBeUndefined();
    expect(doc.tryDiscover('kwy@heraldcorp.com', 'Person', 'en')).toBeUndefined();
    expect(doc.tryDiscover('무단전재', 'Person', 'ko')).toBeUndefined();
    expect(doc.discover('무단전재', 'Person', 'ko').type).toBe('Concept');
  });

  it('an exact gazetteer name wins over a near-miss country (나우라 is Naura, not Nauru)', () => {
    expect(idsOf(linker.forDocument().mentions('나우라와 피오텍이 명단에 올랐다.'))).toEqual(['나우라=naura-technology-group', '피오텍=piotech']);
  });

  it('resolves a known name typed as a person only to a person (Micron ≠ Macron)', () => {
    const doc = linker.forDocument();
    expect(doc.resolve('Macron')?.id).toBe('emmanuel-macron');
    expect(doc.resolve('Micron')?.id).toBe('micron');
    expect(doc.tryDiscover('Mikron', 'Person', 'en')?.id).toBe('mikron');
    expect(linker.forDocument().tryDiscover('Mikron', 'Organization', 'en')?.id).toBe('micron');
  });
});

describe('a body named with its country settles the bare name for the document', () => {
  it.each([
    ['중국 상무부는 성명을 냈다.', '상무부는 또 흑연도 통제한다고 밝혔다.', '상무부=china-ministry-of-commerce'],
    ["China's Ministry of Commerce said it opposed the move.", 'The Ministry of Commerce also said it would act.', 'Ministry of Commerce=china-ministry-of-commerce'],
  ])('%s … %s', (first, later, expected) => {
    const doc = linker.forDocument();
    doc.mentions(first, 0);
    expect(idsOf(doc.mentions(later, 100))).toContain(expected);
  });

  it('leaves the gazetteer default in a document that names no other country', () => {
    expect(idsOf(linker.forDocument().mentions('상무부는 또 흑연도 통제한다고 밝혔다.'))).toContain('상무부=us-department-of-commerce');
  });
});

describe('products named through their company', () => {
  it.each([
    ['아마존의 웹서비스', 'amazon-web-services'],
    ['MS의 애저', 'microsoft-azure'],
    ["Amazon's web services", 'amazon-web-services'],
    ['구글의 클라우드', 'google-cloud'],
  ])('resolve(%s)', (surface, id) => {
    expect(linker.forDocument().resolve(surface)?.id).toBe(id);
  });

  it('finds "<company>의 <relative product name>" in running text as one mention', () => {
    const ms = linker.forDocument().mentions('아마존의 웹서비스와 MS의 애저 등');
    expect(idsOf(ms)).toEqual(['아마존의 웹서비스=amazon-web-services', 'MS=microsoft', '애저=microsoft-azure']);
  });

  it('keeps the company when the product has its own name (엔비디아의 A100)', () => {
    expect(idsOf(linker.forDocument().mentions('엔비디아의 A100 같은'))).toEqual(['엔비디아=nvidia', 'A100=a100']);
  });
});

describe('the sample article', () => {
  const text = readFileSync(path.join(PROJECT_ROOT, 'seeds', '000_5cf3792e60afef19.txt'), 'utf8');
  const doc = linker.forDocument();
  const mentions: Mention[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    mentions.push(...doc.mentions(line, offset));
    offset += line.length + 1;
  }
  const byId = new Map<string, Mention[]>();
  for (const m of mentions) byId.set(m.id, [...(byId.get(m.id) ?? []), m]);

  it.each([
    ['united-states', 'United States', '미국', ['미국', '美', '미국 정부']],
    ['china', 'China', '중국', ['중국', '中', '대중', '방중']],
    ['biden-administration', 'Biden administration', '바이든 행정부', ['바이든 행정부']],
    ['nvidia', 'Nvidia', '엔비디아', ['엔비디아', '엔비이다']],
    ['amazon', 'Amazon', '아마존', ['아마존']],
    ['amazon-web-services', 'Amazon Web Services', '아마존 웹서비스', ['아마존의 웹서비스']],
    ['microsoft', 'Microsoft', '마이크로소프트', ['마이크로소프트', 'MS']],
    ['microsoft-azure', 'Microsoft Azure', '애저', ['애저']],
    ['micron', 'Micron', '마이크론', ['마이크론']],
    ['tencent', 'Tencent', '텐센트', ['텐센트']],
    ['alibaba', 'Alibaba', '알리바바', ['알리바바']],
    ['the-wall-street-journal', 'The Wall Street Journal', '월스트리트저널', ['월스트리트저널', 'WSJ']],
    ['us-department-of-commerce', 'US Department of Commerce', '미 상무부', ['미 상무부']],
    ['emily-weinstein', 'Emily Weinstein', '에밀리 와인스타인', ['에밀리 와인스타인']],
    ['georgetown-cset', 'Georgetown CSET', '조지타운 안보·첨단기술센터', ['조지타운 안보·첨단기술센터']],
    ['antony-blinken', 'Antony Blinken', '토니 블링컨', ['토니 블링컨']],
    ['janet-yellen', 'Janet Yellen', '재닛 옐런', ['재닛 옐런']],
    ['a100', 'A100', 'A100', ['A100']],
    ['a800', 'A800', 'A800', ['A800']],
    ['gallium', 'gallium', '갈륨', ['갈륨']],
    ['germanium', 'germanium', '게르마늄', ['게르마늄']],
  ])('%s is one node with both labels, from every surface', (id, label, labelKo, surfaces) => {
    const ms = byId.get(id) ?? [];
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) expect([m.label, m.labelKo]).toEqual([label, labelKo]);
    expect([...new Set(ms.map((m) => m.span.text))]).toEqual(expect.arrayContaining(surfaces));
    for (const m of ms) expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
  });

  it('finds no person but the ones named, and nothing from common words', () => {
    expect([...new Set(mentions.filter((m) => m.type === 'Person').map((m) => m.id))].sort()).toEqual(['antony-blinken', 'emily-weinstein', 'janet-yellen']);
    expect(byId.has('sudan')).toBe(false); // 수단이 "means"
    expect(byId.has('arm')).toBe(false); // 암 "cancer"
    expect(byId.has('entity-list')).toBe(false); // 블랙리스트 "a blacklist"
  });
});

describe('Korean and English versions of a sentence meet on the same ids', () => {
  const pairs: Array<[string, string]> = [
    ['미 상무부는 엔비디아의 A800 대중 수출을 금지했다.', 'The US Commerce Department banned Nvidia from exporting the A800 to China.'],
    ['중국 정부는 마이크론 제품 구매를 금지했다.', 'The Chinese government banned purchases of Micron products.'],
    ['중국은 갈륨과 게르마늄 수출을 통제하기로 했다.', 'China decided to control exports of gallium and germanium.'],
    ['바이든 행정부는 중국 업체의 클라우드 접근을 제한할 계획이다.', 'The Biden administration plans to restrict Chinese companies\' access to the cloud.'],
    ['옐런 재무장관과 블링컨 국무장관이 방중했다.', 'Treasury Secretary Yellen and Secretary of State Blinken visited China.'],
    ['월스트리트저널에 따르면 아마존 웹서비스와 애저가 타격을 받는다.', 'According to the Wall Street Journal, AWS and Azure will be hit.'],
  ];
  it.each(pairs)('%s / %s', (ko, en) => {
    const a = new Set(linker.forDocument().mentions(ko).map((m) => m.id));
    const b = new Set(linker.forDocument().mentions(en).map((m) => m.id));
    expect([...a].sort()).toEqual([...b].sort());
  });
});
