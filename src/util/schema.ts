// JSON-schema validation for the project's data files (gazetteer, relation map, glossaries …).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { DataFileError } from '../errors.js';
import { DATA_DIR } from './paths.js';

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
const compiled = new Map<string, ValidateFunction>();

/** Validate `data` against `data/schema/<schema>`; throw a DataFileError listing the problems. */
export function validateDataFile<T>(schema: string, data: unknown, file: string, describe?: (e: ErrorObject) => string | undefined): T {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(path.join(DATA_DIR, 'schema', schema), 'utf8')));
    compiled.set(schema, validate);
  }
  if (validate(data)) return data as T;
  const problems = (validate.errors ?? []).slice(0, 10).map((e) => {
    const where = e.instancePath.replace(/^\//, '').replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.') || '(top level)';
    const extra = describe?.(e);
    const allowed = e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as string[]).join(', ')})` : '';
    return `${where}${extra ? ` (${extra})` : ''}: ${e.message}${allowed}`;
  });
  throw new DataFileError(`${file} is not valid:\n  ${problems.join('\n  ')}\nFix the entries above (schema: data/schema/${schema}).`, file);
}
