// Morphological analysis with lindera (ko-dic, in WebAssembly). The wasm module is initialised once per
// process, synchronously, on first use (~0.5 s). Token offsets come back in UTF-8 bytes; they are mapped
// to JavaScript string offsets here so that everything downstream speaks document offsets.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initSync, TokenizerBuilder, type Tokenizer } from 'lindera-wasm';
import { ExtractError } from '../../errors.js';

/** One morpheme of an inflected token: 알려졌 = 알리/VV + 어/EC + 지/VX + 었/EP. */
export interface Morpheme { form: string; tag: string }

export interface Token {
  surface: string;
  /** ko-dic tag, possibly compound (VV+EC); 'UNK' for unknown words. */
  tag: string;
  /** Offsets into the analysed text (UTF-16 code units). */
  start: number;
  end: number;
  morphs: Morpheme[];
  /** True when whitespace separates this token from the previous one (an eojeol starts here). */
  spaced: boolean;
  known: boolean;
}

interface RawToken { surface: string; partOfSpeechTag?: string; byteStart: number; byteEnd: number; type?: string; expression?: string; wordId?: number }

const UNKNOWN_WORD = 4294967295;
let tokenizer: Tokenizer | undefined;

function loadTokenizer(): Tokenizer {
  if (tokenizer) return tokenizer;
  const require = createRequire(import.meta.url);
  let wasmFile: string;
  try {
    wasmFile = path.join(path.dirname(require.resolve('lindera-wasm')), 'lindera_wasm_bg.wasm');
    initSync({ module: readFileSync(wasmFile) });
  } catch (err) {
    throw new ExtractError(`cannot load the Korean analyser (lindera-wasm): ${(err as Error).message}; run npm install.`, { cause: err });
  }
  const b = new TokenizerBuilder();
  b.setDictionary('embedded://ko-dic');
  b.setMode('normal');
  tokenizer = b.build();
  return tokenizer;
}

/** Map UTF-8 byte offsets to UTF-16 offsets for `text`. */
function byteIndex(text: string): Int32Array {
  const map = new Int32Array(text.length * 3 + 2);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
    for (let k = 0; k < n; k++) map[b + k] = i;
    b += n;
  }
  map[b] = text.length;
  return map;
}

function morphemes(t: RawToken, tag: string): Morpheme[] {
  if (t.type === 'Inflect' && t.expression && t.expression !== '*') {
    const ms = t.expression.split('+').map((m) => { const [form, tg] = m.split('/'); return { form: form ?? '', tag: tg ?? '' }; });
    // Irregular stems change their last syllable (짓 → 지, 듣 → 들, 돕 → 도), never the first consonant: an
    // expression whose stem starts with another consonant than the surface is a dictionary slip (막 → 박/VV),
    // and the surface is the stem. (The copula 이 may vanish: 중이다 → 중 + 이/VCP 다.)
    const first = ms[0]!;
    if (first.form && /^V[VAX]$/.test(first.tag) && initial(first.form) !== initial(t.surface) && first.form.length <= t.surface.length) first.form = t.surface.slice(0, first.form.length);
    return ms;
  }
  return [{ form: t.surface, tag: tag.split('+')[0]! }];
}

/** The initial consonant of a word's first Hangul syllable (its code point for anything else). */
function initial(s: string): number {
  const c = s.charCodeAt(0);
  return c >= 0xac00 && c <= 0xd7a3 ? Math.floor((c - 0xac00) / 588) : c;
}

/** Tokens of `text` without whitespace tokens, offsets relative to `text`. */
export function analyse(text: string): Token[] {
  const out = analyseRaw(text);
  repairTags(out);
  // ko-dic sometimes glues a word's first syllable to the previous eojeol's reading (미국 자본이 → 미국 + 자/EC +
  // 본이; 제재를 가했다 → 가/JKS + 했다): an eojeol cannot start with an ending, a case particle or a suffix, so
  // such an eojeol is analysed again on its own.
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (!t.spaced || !(BAD_START.test(t.tag) || (t.tag === 'IC' && out[i + 1] && !out[i + 1]!.spaced))) continue;
    let j = i + 1;
    while (j < out.length && !out[j]!.spaced) j++;
    const s = t.start, e = out[j - 1]!.end;
    const again = analyseRaw(text.slice(s, e)).map((x) => ({ ...x, start: x.start + s, end: x.end + s }));
    if (!again.length || BAD_START.test(again[0]!.tag) || (again[0]!.tag === 'IC' && again.length > 1)) continue;
    again[0]!.spaced = true;
    out.splice(i, j - i, ...again);
    i += again.length - 1;
  }
  return out;
}

const BAD_START = /^(?:E|JK|XS)/;

/** Jongseong ㄹ of a Hangul syllable (쓸 → true). */
const hasRieul = (c: string) => { const k = c.charCodeAt(0) - 0xac00; return k >= 0 && k < 11172 && k % 28 === 8; };

/**
 * Two slips of ko-dic on common news words: 여러 번 / 두 번 read as 벌다 + ㄴ (a counter after a determiner or a number
 * is a noun), and 쓰고 / 쓰는 read as 쓸다 (ㄹ drops only before ㄴ, ㅂ, ㅅ and 오, never before 고, 게, 지, 어: the
 * stem is the surface, 쓰다).
 */
function repairTags(out: Token[]): void {
  // 조지아주 (조지/VV 아/EC 주/VX), 산업안보 (산업/NNG 안/MAG 보/VV): a verb stem ending an eojeol with no ending of its
  // own (at most particles after it) is no verb; from its first non-noun token on, the eojeol is one unknown noun.
  for (let i = 0; i < out.length; i++) {
    if (!out[i]!.spaced) continue;
    let j = i + 1;
    while (j < out.length && !out[j]!.spaced) j++;
    let last = j - 1;
    while (last > i && /^J/.test(out[last]!.tag)) last--;
    const lt = out[last]!;
    if (/^V[VAX]$/.test(lt.tag) && [...lt.surface].every((c) => /[\uac00-\ud7a3]/.test(c))) {
      let k = i;
      while (k < last && /^(?:NN|SL|SN|XPN)/.test(out[k]!.tag)) k++;
      const run = out.slice(k, last + 1);
      if (run.every((t) => /[\uac00-\ud7a3]/.test(t.surface) && !/^(?:J|X)/.test(t.tag))) {
        const surface = run.map((t) => t.surface).join('');
        out.splice(k, run.length, { surface, tag: 'NNP', start: run[0]!.start, end: run[run.length - 1]!.end, morphs: [{ form: surface, tag: 'NNP' }], spaced: run[0]!.spaced, known: false });
        j -= run.length - 1;
      }
    }
    i = j - 1;
  }
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!, prev = out[i - 1];
    // 기업 피해 점검 (피하/VV + 아/EC): 피해 between two bare nouns is the noun (damage), not 피하다 (avoid).
    if (t.surface === '피해' && t.spaced && /^VV/.test(t.tag) && prev && /^NN/.test(prev.tag) && (!out[i + 1] || (out[i + 1]!.spaced && /^NN/.test(out[i + 1]!.tag)))) {
      out[i] = { ...t, tag: 'NNG', morphs: [{ form: '피해', tag: 'NNG' }], known: true };
      continue;
    }
    // 피해가 크다” (크다/NNP): a short "name" ending in 다 right after a subject particle and before a quote's end or a
    // full stop is a predicate (root + 다).
    const nx = out[i + 1];
    if (t.tag === 'NNP' && t.spaced && /^[\uac00-\ud7a3]{1,2}다$/.test(t.surface) && prev?.tag === 'JKS'
      && (!nx || /^(?:SSC|SF|SC)$/.test(nx.tag) || /^[”"’']/.test(nx.surface))) {
      const root = t.surface.slice(0, -1);
      out.splice(i, 1, { ...t, surface: root, tag: 'VA', end: t.end - 1, morphs: [{ form: root, tag: 'VA' }] },
        { surface: '다', tag: 'EF', start: t.end - 1, end: t.end, morphs: [{ form: '다', tag: 'EF' }], spaced: false, known: true });
      continue;
    }
    // 세우려 한 혐의 (한/MM "one"): after an intention ending, 한 is the auxiliary 하다 in its relative form.
    if (t.surface === '한' && t.tag === 'MM' && t.spaced && prev?.tag === 'EC' && /^(?:려|려고|으려|으려고|고자)$/.test(prev.surface)) {
      out[i] = { ...t, tag: 'VX+ETM', morphs: [{ form: '하', tag: 'VX' }, { form: 'ᆫ', tag: 'ETM' }] };
      continue;
    }
    // 인앱결제 (인/VCP+ETM 앱/NNG 결제/NNG): a copula cannot open an eojeol; glued to the noun after it, it is part of
    // that noun.
    if (t.spaced && /^VCP/.test(t.tag) && nx && !nx.spaced && /^NN/.test(nx.tag)) {
      const surface = t.surface + nx.surface;
      out.splice(i, 2, { surface, tag: 'NNG', start: t.start, end: nx.end, morphs: [{ form: surface, tag: 'NNG' }], spaced: true, known: false });
      continue;
    }
    // 일주일간, 3년간: 간 glued to a time noun is the duration suffix, not 가다 + ㄴ.
    if (t.surface === '간' && /^VV/.test(t.tag) && !t.spaced && prev && /^(?:NN|NR|SN)/.test(prev.tag)) {
      out[i] = { ...t, tag: 'NNB', morphs: [{ form: '간', tag: 'NNB' }], known: true };
      continue;
    }
    // 일시 중단 (이/VCP + ㄹ시/EC): a copula cannot open an eojeol; the eojeol is a noun.
    if (t.spaced && /^VCP/.test(t.tag) && (!out[i + 1] || out[i + 1]!.spaced) && /^[\uac00-\ud7a3]+$/.test(t.surface)) {
      out[i] = { ...t, tag: 'NNG', morphs: [{ form: t.surface, tag: 'NNG' }], known: false };
      continue;
    }
    // 경제산업상이 (…상이/XR): a root closing an eojeol with a case particle's syllable is a noun and that particle.
    const nextTok = out[i + 1];
    const PARTICLE_TAGS: Record<string, string> = { 이: 'JKS', 가: 'JKS', 은: 'JX', 는: 'JX', 도: 'JX', 을: 'JKO', 를: 'JKO', 의: 'JKG' };
    if (t.tag === 'XR' && !t.spaced && prev && /^NN/.test(prev.tag) && (!nextTok || nextTok.spaced) && t.surface.length >= 2 && PARTICLE_TAGS[t.surface.at(-1)!]) {
      const stem = t.surface.slice(0, -1), p = t.surface.at(-1)!;
      out.splice(i, 1, { ...t, surface: stem, tag: 'NNG', end: t.end - 1, morphs: [{ form: stem, tag: 'NNG' }], known: false },
        { surface: p, tag: PARTICLE_TAGS[p]!, start: t.end - 1, end: t.end, morphs: [{ form: p, tag: PARTICLE_TAGS[p]! }], spaced: false, known: true });
      continue;
    }
    // 이를 발표했다 (이르/VV + ᆯ/ETM): before a predicate eojeol (발표했다, 제소할), 이를 is the pronoun 이 + 를; the
    // adnominal of 이르다 stands before a noun (1조원에 이를 전망이다).
    if (t.surface === '이를' && t.spaced && /^VV\+ETM$/.test(t.tag) && nx?.spaced) {
      let k = i + 1;
      let predicate = false;
      do { if (/^(?:VV|VA|XSV|XSA)/.test(out[k]!.tag)) predicate = true; k++; } while (k < out.length && !out[k]!.spaced);
      if (predicate) {
        out.splice(i, 1, { ...t, surface: '이', tag: 'NP', end: t.start + 1, morphs: [{ form: '이', tag: 'NP' }], known: true },
          { surface: '를', tag: 'JKO', start: t.start + 1, end: t.end, morphs: [{ form: '를', tag: 'JKO' }], spaced: false, known: true });
        continue;
      }
    }
    if (t.surface === '번' && /^VV/.test(t.tag) && prev && /^(?:MM|SN|NR)/.test(prev.tag)) {
      out[i] = { ...t, tag: 'NNBC', morphs: [{ form: '번', tag: 'NNBC' }], known: true };
      continue;
    }
    const m0 = t.morphs[0];
    if (m0 && /^V[VA]$/.test(m0.tag) && m0.form.length === t.surface.length && m0.form !== t.surface.slice(0, m0.form.length)
      && hasRieul(m0.form.at(-1)!) && !hasRieul(t.surface.at(m0.form.length - 1) ?? '')) {
      const next = t.morphs[1]?.form ?? out[i + 1]?.morphs[0]?.form ?? '';
      if (/^[고게지어아도기]/.test(next)) out[i] = { ...t, morphs: [{ ...m0, form: t.surface.slice(0, m0.form.length) }, ...t.morphs.slice(1)] };
    }
  }
}

function analyseRaw(text: string): Token[] {
  const raw = loadTokenizer().tokenize(text) as RawToken[];
  const idx = byteIndex(text);
  const out: Token[] = [];
  let spaced = true;
  for (const t of raw) {
    if (!t.surface.trim()) { spaced = true; continue; }
    const tag = t.partOfSpeechTag ?? 'UNK';
    const start = idx[t.byteStart]!, end = t.byteEnd >= idx.length ? text.length : idx[t.byteEnd]!;
    out.push({ surface: text.slice(start, end), tag, start, end, morphs: morphemes(t, tag), spaced, known: t.wordId !== UNKNOWN_WORD });
    spaced = false;
  }
  return out;
}

/**
 * Tokens for `text` when it is the slice [start, end) of `docText`: the whole document is tokenised once
 * (cheaper than sentence by sentence) and cut by offsets; tokens straddling the slice fall back to analysing
 * the slice alone. Offsets are relative to `text`.
 */
export function analyseInDocument(docTokens: Token[], text: string, start: number, end: number): Token[] | undefined {
  let lo = 0, hi = docTokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (docTokens[mid]!.end <= start) lo = mid + 1; else hi = mid; }
  const out: Token[] = [];
  for (let i = lo; i < docTokens.length && docTokens[i]!.start < end; i++) {
    const t = docTokens[i]!;
    if (t.start < start || t.end > end) return undefined;
    out.push({ ...t, start: t.start - start, end: t.end - start, spaced: out.length ? t.spaced : true });
  }
  void text;
  return out;
}

/** Load the analyser now (e.g. before timing a benchmark). */
export function warmUp(): void {
  loadTokenizer();
}
