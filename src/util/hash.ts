import { createHash } from 'node:crypto';

export const sha256 = (s: string | Uint8Array): string => createHash('sha256').update(s).digest('hex');

/** Short, stable id fragment. */
export const shortHash = (s: string, n = 16): string => sha256(s).slice(0, n);

/** A node id from a name: lower case, letters and digits of any script, words joined by '-'. */
export function slugify(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
