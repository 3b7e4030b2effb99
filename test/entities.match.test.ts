import { describe, expect, it } from '@jest/globals';
import { Gazetteer, GazetteerMatcher, isParticleTail } from '../src/entities/index.js';

const matcher = new GazetteerMatcher(Gazetteer.load({ useWorkingDirFile: false }));
const ids = (text: string) => matcher.find(text).map((m) => `${m.text}=${m.entry.id}`);

describe('gazetteer matcher', () => {
  it.each([
    // Korean boundaries and particles
    ['중국이 반대했다', ['중국이'.slice(0, 2) + '=china']],
    ['중동 정세', []],
    ['중국산 김치', ['중국=china']],
    ['미국과 중국 간', ['미국=united-states', '중국=china']],
    ['반중국 정서', []], // must start an eojeol
    ['중국 업체의 접근', ['중국 업체=chinese-companies']], // longest match beats 중국
    ['중국업체들은', ['중국업체들=chinese-companies']], // spaces optional inside Korean aliases
    ['중국 AI업체들이', ['중국 AI업체들=chinese-ai-companies']],
    // Hanja abbreviations
    ['中기업 ‘美클라우드 서비스’', ['中기업=chinese-companies', '美=united-states', '클라우드=cloud-computing']],
    ['美中 갈등', ['美=united-states', '中=china']],
    ['集中 투자', []],
    // bound forms: 대중 "toward China" only before a trade/policy noun
    ['대중 수출통제를 발표', ['대중=china', '수출통제=export-controls']],
    ['대중의 관심', []],
    ['대미 수출', ['대미=united-states']],
    ['대미를 장식했다', []],
    ['방중을 앞두고', ['방중=china']],
    ['옐런이 방중했다', ['옐런=janet-yellen', '방중=china']], // 하다-verb of a verbal noun
    // compounds of abbreviations
    ['미중 갈등', ['미=united-states', '중=china']],
    ['한미일 정상회의', ['한=south-korea', '미=united-states', '일=japan']],
    // country names that are common words
    ['맞대응할 수단이 있다', []],
    ['수단 정부는', ['수단 정부=sudan']],
    ['다음 달 발표', []],
    // English: acronyms are case-sensitive, capitalised names need a capital
    ['the US and us', ['US=united-states']],
    ['AI chips, not ai', ['AI=artificial-intelligence', 'chips=semiconductors']],
    ['fine china from China', ['China=china']],
    ['Sanctions imposed by the U.S.', ['U.S.=united-states']],
    ['U.S.-China talks', ['U.S.=united-states', 'China=china']],
    ['WSJ은 보도했다', ['WSJ=the-wall-street-journal']],
    ['Gallium and germanium', ['Gallium=gallium', 'germanium=germanium']],
    ['USB ports', []], // no match inside a longer word
    // demonyms name the state only before a state noun; groups keep winning by length
    ['The Chinese government and Chinese companies', ['Chinese government=china', 'Chinese companies=chinese-companies']],
    ['Chinese engineers', []],
    ['Dutch authorities', ['Dutch authorities=netherlands']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('reports offsets into the original text', () => {
    const text = '4일 월스트리트저널(WSJ)은';
    for (const m of matcher.find(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([['', true], ['은', true], ['에서는', true], ['과의', true], ['문화', false], ['산업', false]])('isParticleTail(%j) = %s', (tail, ok) => {
    expect(isParticleTail(tail)).toBe(ok);
  });
});
