// String similarity for near-miss names. Hangul is compared jamo by jamo, other scripts character by
// character, case-folded. The distance is an edit distance with two kinds of transposition, each costing
// one edit like a substitution:
//   - adjacent (Damerau/OSA): Tencnet ~ Tencent;
//   - around one shared symbol: x·y·z → z·y·x. Over jamo this is the swap of two syllable onsets, the
//     usual Korean slip: 엔비이다 (ㅇㅣㄷㅏ) ~ 엔비디아 (ㄷㅣㅇㅏ) is one edit, not two.
// Similarity = 1 − distance / longer length. The threshold and the guards live in the linker
// (DEFAULT_LINKER_OPTIONS, `isMorphVariant`); the table they were chosen from is in test/entities.similarity.test.ts.

const S_BASE = 0xac00, L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT;

/** Decompose Hangul syllables into conjoining jamo; other characters pass through (lower-cased). */
export function toJamo(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)! - S_BASE;
    if (code < 0 || code >= L_COUNT * N_COUNT) { out += ch.toLowerCase(); continue; }
    const l = Math.floor(code / N_COUNT), v = Math.floor((code % N_COUNT) / T_COUNT), t = code % T_COUNT;
    out += String.fromCharCode(0x1100 + l, 0x1161 + v) + (t ? String.fromCharCode(0x11a7 + t) : '');
  }
  return out;
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Edit distance with adjacent transpositions and transpositions around one shared symbol (see above). */
export function nameDistance(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length, m = b.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => {
    const row = new Array<number>(m + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= m; j++) d[0]![j] = j;
  for (let i = 1; i <= n; i++) {
    const row = d[i]!, up = d[i - 1]!;
    for (let j = 1; j <= m; j++) {
      let v = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      if (i > 2 && j > 2 && a[i - 1] === b[j - 3] && a[i - 3] === b[j - 1] && a[i - 2] === b[j - 2] && a[i - 1] !== a[i - 3]) {
        v = Math.min(v, d[i - 3]![j - 3]! + 1);
      }
      row[j] = v;
    }
  }
  return d[n]![m]!;
}

/** The comparison form: NFC, spaces and dots out, Hangul as jamo, lower case. */
export const similarityKey = (s: string): string => toJamo(s.normalize('NFC').replace(/[\s.·]+/g, ''));

/** 1 for identical, 0 for nothing in common. */
export function nameSimilarity(a: string, b: string): number {
  return keySimilarity(similarityKey(a), similarityKey(b));
}

/** nameSimilarity over precomputed similarity keys. */
export function keySimilarity(x: string, y: string): number {
  if (!x.length || !y.length) return 0;
  return 1 - nameDistance(x, y) / Math.max(x.length, y.length);
}

/** English endings that make a different word, not a misspelling (Korea → Korean, Amazon → Amazons). */
const EN_MORPH_ENDINGS = ['s', 'es', "'s", '’s', 'n', 'an', 'ian', 'ese', 'ish', 'i', 'er', 'ers', 'ed', 'ing'];

/**
 * True when one name is the other plus or minus an ending — morphology, not a typo. In Korean any
 * truncation or extension counts (마이크 "microphone" / 마이크로 "micro" vs 마이크론 Micron): words
 * grow at the end, so a shared beginning with a different length is another word. In English only the
 * inflectional/derivational endings count, so Intell ~ Intel and Qualcom ~ Qualcomm stay typos.
 */
export function isMorphVariant(a: string, b: string): boolean {
  // Jamo level: 마이크로 is 마이크론 minus its last consonant.
  const x = similarityKey(a), y = similarityKey(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short === long || !long.startsWith(short)) return false;
  if (/[\u1100-\u11ff]/.test(long)) return true;
  return EN_MORPH_ENDINGS.includes(long.slice(short.length));
}
