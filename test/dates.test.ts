import { describe, expect, it } from '@jest/globals';
import { resolveDates } from '../src/dates/index.js';
import type { Lang } from '../src/types/index.js';

// Published Wednesday 2023-07-05 (the sample's week).
const PUB = '2023-07-05';

const TABLE: Array<[string, Lang, string | undefined, string | undefined]> = [
  // sentence, lang, published, expected
  ['4일(현지시간) 월스트리트저널(WSJ)은 보도했다.', 'ko', PUB, '2023-07-04'],
  ['바이든 행정부는 지난해 10월 수출통제를 발표했다.', 'ko', PUB, '2022-10'],
  ['전날엔 갈륨 수출을 통제하기로 결정했다.', 'ko', PUB, '2023-07-04'],
  ['그는 이날 기자회견을 열었다.', 'ko', PUB, '2023-07-05'],
  ['정부는 2023년 3월 15일 발표했다.', 'ko', undefined, '2023-03-15'],
  ['정부는 2023년 3월 발표했다.', 'ko', undefined, '2023-03'],
  ['회의는 오는 10일 열린다.', 'ko', PUB, '2023-07-10'],
  ['지난 28일 회의가 열렸다.', 'ko', PUB, '2023-06-28'],
  ['12월 24일 발표된 조치다.', 'ko', PUB, '2022-12-24'],
  ['지난달 수출이 줄었다.', 'ko', PUB, '2023-06'],
  ['지난 화요일 회의가 있었다.', 'ko', PUB, '2023-07-04'],
  ['3일 전 발표했다.', 'ko', PUB, '2023-07-02'],
  ['내년 시행된다.', 'ko', PUB, '2024'],
  ['회의는 3일간 열렸다.', 'ko', PUB, undefined],
  ['4일(현지시간) 보도했다.', 'ko', undefined, undefined],
  ['The rule was announced last month.', 'en', PUB, '2023-06'],
  ['Officials met on Tuesday.', 'en', PUB, '2023-07-04'],
  ['The ban takes effect next Monday.', 'en', PUB, '2023-07-10'],
  ['The agency said on June 4 that it would act.', 'en', PUB, '2023-06-04'],
  ['The agency said on June 4, 2021 that it would act.', 'en', PUB, '2021-06-04'],
  ['Talks began on 4 June 2022.', 'en', undefined, '2022-06-04'],
  ['Shares fell yesterday.', 'en', PUB, '2023-07-04'],
  ['The rules were first issued in October.', 'en', PUB, '2023-10'],
  ['The rules were first issued last October.', 'en', PUB, '2022-10'],
  ['Exports dropped in March 2023.', 'en', undefined, '2023-03'],
  ['Prices may rise and fall.', 'en', PUB, undefined],
  ['The company said it would respond.', 'en', PUB, undefined],
  ['Officials met on Tuesday.', 'en', undefined, undefined],
  ['Filed on 2023-06-30 with the court.', 'en', undefined, '2023-06-30'],
  ['Published 2023-07-05T09:00:00+09:00: shares fell yesterday.', 'en', '2023-07-05T09:00:00+09:00', '2023-07-05'],
];

describe('resolveDates', () => {
  it.each(TABLE)('%s (%s, published %s) → %s', (sentence, lang, published, expected) => {
    expect(resolveDates(sentence, lang, published)).toBe(expected);
  });

  it('resolves relative dates against a timestamp published date by its calendar date', () => {
    expect(resolveDates('전날 발표했다.', 'ko', '2023-07-01T23:30:00+09:00')).toBe('2023-06-30');
  });

  it('returns the leftmost date when a sentence names several', () => {
    expect(resolveDates('지난해 10월 발표한 규제를 전날 확대했다.', 'ko', PUB)).toBe('2022-10');
  });
});
