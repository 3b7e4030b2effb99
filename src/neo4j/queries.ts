// Saved analyst queries: queries/<name>.cypher, each starting with a `// description:` line, using $params.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Neo4jError } from '../errors.js';
import { PROJECT_ROOT } from '../util/paths.js';

export const QUERIES_DIR = path.join(PROJECT_ROOT, 'queries');

export interface SavedQuery {
  name: string;
  description: string;
  /** `$name` parameters the query uses, in order of first use. */
  params: string[];
  cypher: string;
  file: string;
}

const NAME_RE = /^[a-z0-9][a-z0-9-]*$/;

function parse(name: string, file: string, text: string): SavedQuery {
  const m = /^\s*\/\/\s*description:\s*(.+)$/m.exec(text.split('\n', 1)[0] ?? '');
  if (!m) throw new Neo4jError(`saved query ${file} must start with a "// description: …" line`);
  // Parameters outside comments and string literals.
  const code = text.replace(/\/\/.*$/gm, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  const params = [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((x) => x[1]!))];
  return { name, description: m[1]!.trim(), params, cypher: text.trim(), file };
}

export async function listSavedQueries(dir: string = QUERIES_DIR): Promise<SavedQuery[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  return Promise.all(files.map(async (f) => parse(f.slice(0, -'.cypher'.length), path.join(dir, f), await readFile(path.join(dir, f), 'utf8'))));
}

export async function loadSavedQuery(name: string, dir: string = QUERIES_DIR): Promise<SavedQuery> {
  const bare = name.endsWith('.cypher') ? name.slice(0, -'.cypher'.length) : name;
  if (!NAME_RE.test(bare)) throw new Neo4jError(`"${name}" is not a saved query name (lower-case letters, digits, '-')`);
  const file = path.join(dir, `${bare}.cypher`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    const known = (await listSavedQueries(dir).catch(() => [])).map((q) => q.name).join(', ');
    throw new Neo4jError(`no saved query "${bare}" in ${dir}; known: ${known || '(none)'}`);
  }
  return parse(bare, file, text);
}
