// Atomic file writes: a reader (Gephi, a watcher, a concurrent run) never sees half a file, and a
// failed export leaves the previous one in place.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ExportError } from '../errors.js';

const reason = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Make `dir` (and parents) exist as a directory, or say clearly why it cannot. */
export async function ensureDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new ExportError(`cannot create directory ${dir} (${reason(err)}); choose a writable output location`, { cause: err });
  }
  const st = await stat(dir).catch(() => null);
  if (!st?.isDirectory()) throw new ExportError(`${dir} exists and is not a directory; choose another output location`);
}

/** Write `data` to `file` through a temporary file in the same directory and a rename. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const st = await stat(file).catch(() => null);
  if (st?.isDirectory()) throw new ExportError(`${file} is a directory; give a file path inside it instead`);
  const dir = path.dirname(file);
  await ensureDir(dir);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data, 'utf8');
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw new ExportError(`cannot write ${file} (${reason(err)}); check that its directory is writable`, { cause: err });
  }
}
