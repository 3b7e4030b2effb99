// Bytes → text. Order matters: BOMs first, then UTF-16 without a BOM (its NUL bytes would otherwise look
// binary), then binary sniffing, strict UTF-8, and finally chardet + iconv-lite for legacy encodings.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: 'empty' | 'binary' | 'truncated' | 'undecodable'; detail: string };

/** Magic numbers of common non-text files (images, archives, documents, executables). */
const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or docx/xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['RIFF media', [0x52, 0x49, 0x46, 0x46]],
  ['OLE document (doc/xls/hwp)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

const startsWith = (b: Uint8Array, sig: number[]): boolean => b.length >= sig.length && sig.every((x, i) => b[i] === x);

/** Share of characters that are plausible in prose: letters, digits, punctuation, spaces, common symbols. */
export function plausibleRatio(text: string): number {
  if (!text.length) return 0;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c < 0xa0)) bad++;
    else if (c >= 0xd800 && c <= 0xdfff) bad++; // lone surrogate
    else if (c >= 0xe000 && c <= 0xf8ff) bad++; // private use area: typical of a wrong legacy decode
  }
  return 1 - bad / text.length;
}

/** UTF-16 without BOM: text made mostly of ASCII has a NUL in every other byte; Hangul text decodes to syllables. */
function sniffUtf16(b: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (b.length < 4 || b.length % 2 !== 0) return undefined;
  const n = Math.min(b.length, 4096) & ~1;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Strong NUL pattern (ASCII-heavy text).
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'UTF-16LE';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'UTF-16BE';
  // Weak pattern (CJK-heavy text has few NULs): decode both ways and keep one that reads as script text.
  if (oddNul + evenNul === 0) return undefined;
  for (const enc of ['UTF-16LE', 'UTF-16BE'] as const) {
    const t = iconv.decode(Buffer.from(b.subarray(0, n)), enc);
    if (plausibleRatio(t) > 0.98 && scriptShare(t) > 0.6) return enc;
  }
  return undefined;
}

/** Share of characters that are letters of a writing system, digits, spaces or ASCII punctuation. */
function scriptShare(t: string): number {
  const m = t.match(/[\p{Script=Hangul}\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{N}\s\p{P}]/gu);
  return (m?.length ?? 0) / Math.max(1, t.length);
}

/** How a strict UTF-8 decode fails: 'truncated' when only the last sequence is cut short. */
function utf8Status(b: Uint8Array): 'valid' | 'truncated' | 'invalid' {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return 'valid';
  } catch {
    // Walk back over continuation bytes to the last lead byte: if the rest is valid, the file was cut mid-character.
    let i = b.length - 1;
    let k = 0;
    while (i >= 0 && k < 3 && (b[i]! & 0xc0) === 0x80) { i--; k++; }
    if (i >= 0 && b[i]! >= 0xc0) {
      const lead = b[i]!;
      const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
      if (b.length - i < need) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, i));
          return 'truncated';
        } catch { /* invalid earlier too */ }
      }
    }
    return 'invalid';
  }
}

export interface DecodeOptions {
  /** Largest share of undecodable/control characters tolerated in the decoded text. */
  maxBadCharRatio: number;
  /** An encoding declared by the container (HTML meta charset), tried before detection. */
  declared?: string;
}

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions): DecodeResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length === 0) return { ok: false, reason: 'empty', detail: 'file has no bytes' };
  const check = (text: string, encoding: string): DecodeResult => {
    const ratio = 1 - plausibleRatio(text);
    if (ratio > opts.maxBadCharRatio) {
      return { ok: false, reason: 'undecodable', detail: `${(ratio * 100).toFixed(1)}% of characters are invalid or control characters after decoding as ${encoding}` };
    }
    if (!text.trim()) return { ok: false, reason: 'empty', detail: 'only whitespace' };
    return { ok: true, text, encoding };
  };

  if (startsWith(buf, [0xef, 0xbb, 0xbf])) {
    const status = utf8Status(buf.subarray(3));
    if (status === 'truncated') return { ok: false, reason: 'truncated', detail: 'a UTF-8 sequence is cut off at the end of the file' };
    return check(buf.subarray(3).toString('utf8'), 'UTF-8');
  }
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) {
    const enc = buf[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    if ((buf.length - 2) % 2 !== 0) return { ok: false, reason: 'truncated', detail: `odd number of bytes in ${enc} data` };
    return check(iconv.decode(buf.subarray(2), enc), enc);
  }
  const u16 = sniffUtf16(buf);
  if (u16) return check(iconv.decode(buf, u16), u16);

  for (const [name, sig] of MAGIC) {
    if (startsWith(buf, sig)) return { ok: false, reason: 'binary', detail: `looks like a ${name}` };
  }
  const head = buf.subarray(0, 8192);
  const nul = head.indexOf(0);
  if (nul >= 0) return { ok: false, reason: 'binary', detail: `NUL byte at offset ${nul}` };

  const status = utf8Status(buf);
  if (status === 'valid') return check(buf.toString('utf8'), 'UTF-8');
  if (status === 'truncated') return { ok: false, reason: 'truncated', detail: 'a UTF-8 sequence is cut off at the end of the file' };

  // Legacy encodings: a declared charset first, then chardet's best guesses in order of confidence.
  const candidates: string[] = [];
  if (opts.declared && iconv.encodingExists(opts.declared)) candidates.push(opts.declared);
  for (const m of chardet.analyse(buf)) {
    if (m.confidence >= 10 && !/^UTF-/i.test(m.name) && m.name !== 'ASCII' && iconv.encodingExists(m.name)) candidates.push(m.name);
  }
  for (const name of candidates) {
    // CP949 is the superset of EUC-KR that Korean sites actually emit (extended Hangul syllables).
    const decodeAs = /^euc-?kr$/i.test(name) ? 'cp949' : name;
    const r = check(iconv.decode(buf, decodeAs), name.toUpperCase());
    if (r.ok) return r;
  }
  return { ok: false, reason: 'undecodable', detail: 'not valid UTF-8/UTF-16 and no legacy encoding decodes it cleanly' };
}
