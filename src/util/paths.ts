import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project root (where package.json lives), found from this module whether run from src/ or dist/. */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json')) || path.basename(dir) === 'dist') {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`newsgraph: cannot find package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const DATA_DIR = path.join(PROJECT_ROOT, 'data');
