import { OptionsError } from '../errors.js';

/**
 * Resolve `Partial<Options>` over a module's exported defaults, then validate.
 * `validate` returns a list of problems; any problem becomes an OptionsError naming the module.
 */
export function resolveOptions<T extends object>(
  module: string,
  defaults: T,
  given: Partial<T> | undefined,
  validate?: (o: T) => string[],
): T {
  const out = { ...defaults } as T;
  for (const [k, v] of Object.entries(given ?? {})) {
    if (!(k in defaults)) throw new OptionsError(module, `unknown option "${k}" (known: ${Object.keys(defaults).join(', ')})`);
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  const problems = validate?.(out) ?? [];
  if (problems.length) throw new OptionsError(module, problems.join('; '));
  return out;
}
