// String similarity for near-miss names: Hangul compared jamo by jamo (엔비이다 ~ 엔비디아 differ by one
// initial consonant), other scripts character by character, case-folded.

const S_BASE = 0xac00, L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT;

/** Decompose Hangul syllables into conjoining jamo; other characters pass through. */
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

/** 1 for identical, 0 for nothing in common; normalised edit distance over jamo/characters. */
export function nameSimilarity(a: string, b: string): number {
  const x = toJamo(a.normalize('NFC').replace(/\s+/g, '')), y = toJamo(b.normalize('NFC').replace(/\s+/g, ''));
  if (!x.length || !y.length) return 0;
  return 1 - levenshtein(x, y) / Math.max(x.length, y.length);
}
