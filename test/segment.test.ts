import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadFurniture } from '../src/ingest/furniture.js';
import { ingestText } from '../src/ingest/index.js';
import { isAbbreviationSplit, isEllipsisSplit, isQuoteParticleSplit, segmentSentences, sentenceKey, splitLine } from '../src/segment/index.js';
import type { Lang } from '../src/types/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';

const f = loadFurniture();
const split = (text: string, lang: Lang): string[] => splitLine(text, lang, f).map((p) => text.slice(p.start, p.end));

describe('segmentation repairs (one rule each)', () => {
  it('quote particle: keeps “…다.”라며 / “…다.”고 in one sentence', () => {
    expect(split('연구원은 “접근할 수 있다.”라며 “제한할 수 있다.”고 설명했다. 다음 문장이다.', 'ko'))
      .toEqual(['연구원은 “접근할 수 있다.”라며 “제한할 수 있다.”고 설명했다.', '다음 문장이다.']);
    expect(isQuoteParticleSplit('그는 "좋다!"', '라고 말했다.', '')).toBe(true);
    expect(isQuoteParticleSplit('그는 "좋다!"', '그녀는 웃었다.', ' ')).toBe(false);
  });

  it('ellipsis: does not break a headline at ?… or ..."', () => {
    expect(split('또 맞불?…바이든 행정부, 中기업 ‘美클라우드 서비스’ 접근 규제 검토', 'ko')).toEqual(['또 맞불?…바이든 행정부, 中기업 ‘美클라우드 서비스’ 접근 규제 검토']);
    expect(split('김연아 신혼집 공개..."발 밑이 한강이네"', 'ko')).toEqual(['김연아 신혼집 공개..."발 밑이 한강이네"']);
    expect(isEllipsisSplit('Wait...', 'What?', ' ')).toBe(false);
  });

  it('abbreviations: U.S., Mr., Dr., p.m. do not end sentences; "U.S. The" does', () => {
    expect(split('The U.S. Commerce Department said on Tuesday. Mr. Biden met Dr. Lee at 3 p.m. in Washington. He left for the U.S. The trip ended.', 'en')).toEqual([
      'The U.S. Commerce Department said on Tuesday.',
      'Mr. Biden met Dr. Lee at 3 p.m. in Washington.',
      'He left for the U.S.',
      'The trip ended.',
    ]);
    expect(isAbbreviationSplit('Prices rose in Jan.', 'last year.', f)).toBe(true);
    expect(isAbbreviationSplit('It ended.', 'Then', f)).toBe(false);
  });
});

describe('segmentSentences', () => {
  it('gives trimmed sentences whose offsets index the document text, ids docId:index', () => {
    const doc = ingestText('Chip curbs widen\nThe U.S. said on Tuesday it would widen curbs.  Mr. Lee agreed.\nChina objected.');
    const ss = segmentSentences(doc);
    expect(ss.map((s) => s.text)).toEqual(['Chip curbs widen', 'The U.S. said on Tuesday it would widen curbs.', 'Mr. Lee agreed.', 'China objected.']);
    ss.forEach((s, i) => {
      expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      expect(s).toMatchObject({ id: `${doc.id}:${i}`, docId: doc.id, index: i, lang: 'en' });
    });
  });

  it('never lets a sentence cross a line break', () => {
    const doc = ingestText('Headline here\nFirst paragraph without a final stop\nSecond paragraph ends here.');
    expect(segmentSentences(doc).map((s) => s.text)).toEqual(['Headline here', 'First paragraph without a final stop', 'Second paragraph ends here.']);
  });

  it('keeps a sentence repeated in one document once, at its later (in-body) occurrence, ignoring quote style', () => {
    const doc = ingestText('제목 줄\n그는 "좋다"고 말했다.\n본문이 시작된다. 그는 “좋다”고 말했다.');
    const ss = segmentSentences(doc);
    expect(ss.map((s) => s.text)).toEqual(['제목 줄', '본문이 시작된다.', '그는 “좋다”고 말했다.']);
    expect(ss[2]!.start).toBeGreaterThan(doc.text.indexOf('본문'));
  });

  it('always keeps the headline, dropping later copies of it', () => {
    const doc = ingestText('Markets fall.\nMarkets fall.\nStocks dropped 3% on Monday.');
    expect(segmentSentences(doc).map((s) => s.text)).toEqual(['Markets fall.', 'Stocks dropped 3% on Monday.']);
  });

  it('extracts the sample teaser sentences once, with the body’s curly quotes', () => {
    const text = readFileSync(path.join(PROJECT_ROOT, 'seeds', '000_5cf3792e60afef19.txt'), 'utf8');
    const ss = segmentSentences(ingestText(text)).map((s) => s.text);
    const lead = '미국이 첨단 기술 보호를 위해 중국 업체의 클라우드 컴퓨팅 접근을 제한하는 새로운 제재를 추진하는 것으로 알려졌다.';
    expect(ss.filter((s) => s === lead)).toHaveLength(1);
    const quotes = ss.filter((s) => s.startsWith('조지타운'));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toContain('“엔비디아');
  });

  it('normalises quote styles and spaces in the repeat key', () => {
    expect(sentenceKey('그는 "좋다"고  말했다.')).toBe(sentenceKey('그는 “좋다”고 말했다.'));
  });
});
