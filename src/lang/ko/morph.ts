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
