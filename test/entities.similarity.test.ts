// The table behind DEFAULT_LINKER_OPTIONS.fuzzyThreshold (0.8) and the guards of EntityLinker.fuzzy.
// Measure: 1 − d/len over jamo (Hangul) or letters, d = edit distance where an adjacent transposition and
// a transposition around one shared symbol (the Korean syllable-onset swap 이다/디아) cost one edit.
import { describe, expect, it } from '@jest/globals';
import { EntityLinker, isMorphVariant, levenshtein, nameDistance, nameSimilarity, toJamo } from '../src/entities/index.js';

describe('similarity measure', () => {
  it('decomposes Hangul into jamo', () => {
    expect(toJamo('엔비디아')).toHaveLength(9);
    expect(toJamo('Nvidia')).toBe('nvidia');
  });

  it.each([
    // a, b, plain Levenshtein, our distance
    ['엔비이다', '엔비디아', 2, 1], // onsets of two syllables swapped
    ['Tencnet', 'Tencent', 2, 1], // adjacent transposition
    ['텐센츠', '텐센트', 1, 1],
    ['알리바이', '알리바바', 2, 2], // alibi ≠ Alibaba: no swap here, two edits stay two
  ])('%s ~ %s: Levenshtein %i, name distance %i', (a, b, lev, ours) => {
    expect(levenshtein(toJamo(a), toJamo(b))).toBe(lev);
    expect(nameDistance(toJamo(a), toJamo(b))).toBe(ours);
  });

  it('treats endings as morphology, not typos', () => {
    expect(isMorphVariant('마이크', '마이크론')).toBe(true);
    expect(isMorphVariant('마이크로', '마이크론')).toBe(true);
    expect(isMorphVariant('Korean', 'Korea')).toBe(true);
    expect(isMorphVariant('Intell', 'Intel')).toBe(false);
    expect(isMorphVariant('Qualcom', 'Qualcomm')).toBe(false);
  });
});

// [surface, type given or undefined, expected id or null, similarity to the intended name]
const TABLE: Array<[string, string | undefined, string | null, string, number]> = [
  // should resolve
  ['엔비이다', undefined, 'nvidia', '엔비디아', 0.889],
  ['텐센츠', undefined, 'tencent', '텐센트', 0.875],
  ['알리바비', undefined, 'alibaba', '알리바바', 0.889],
  ['블링큰', undefined, 'antony-blinken', '블링컨', 0.889],
  ['에밀리 와인슈타인', 'Person', 'emily-weinstein', '에밀리 와인스타인', 0.947],
  ['Nvida', undefined, 'nvidia', 'Nvidia', 0.833],
  ['Huawai', undefined, 'huawei', 'Huawei', 0.833],
  ['Intell', undefined, 'intel', 'Intel', 0.833],
  ['Tencnet', undefined, 'tencent', 'Tencent', 0.857],
  ['Qualcom', 'Company', 'qualcomm', 'Qualcomm', 0.875],
  ['Mikron', 'Company', 'micron', 'Micron', 0.833],
  // should not resolve
  ['알리바이', undefined, null, '알리바바', 0.778], // "alibi": two edits in nine jamo
  ['마이크', undefined, null, '마이크론', 0.667], // "microphone": a truncation, and too far
  ['마이크로', undefined, null, '마이크론', 0.889], // "micro": close, but only an ending differs
  ['미군', undefined, null, '미국', 0.8], // "US military": two syllables are too short to guess
  ['중동', undefined, null, '중국', 0.5], // "Middle East"
  ['트럼펫', undefined, null, '트럼프', 0.75], // "trumpet"
  ['Korean', undefined, null, 'Korea', 0.833], // a demonym is an ending, not a typo
  ['Amazons', undefined, null, 'Amazon', 0.857],
  ['Mikron', 'Person', null, 'Micron', 0.833], // a person is never a near miss of a company
  ['Iraq', undefined, 'iraq', 'Iraq', 1], // exact names are not near misses of each other (Iran)
];

describe('near-miss resolution table (threshold 0.8)', () => {
  const linker = EntityLinker.load({ useWorkingDirFile: false });
  const doc = linker.forDocument();

  it.each(TABLE)('%s (type %s) → %s', (surface, type, expected, intended, sim) => {
    if (sim) expect(nameSimilarity(surface, intended)).toBeCloseTo(sim, 2);
    const r = doc.resolve(surface, undefined, type as never);
    expect(r?.id ?? null).toBe(expected);
  });

  it('finds the near miss with Korean particles attached', () => {
    expect(doc.resolve('엔비이다는')?.id).toBe('nvidia');
  });

  it('leaves acronyms and two-letter names alone', () => {
    expect(linker.fuzzy('AMC')).toBeUndefined();
    expect(linker.fuzzy('Xo')).toBeUndefined();
  });
});
