// jsdom, loaded on first use so that plain-text/JSON ingestion never pays for it (nor needs it to load).
// Note: jsdom 29 is CommonJS that require()s ES-module dependencies (parse5, @exodus/bytes). Node ≥ 20.19 loads
// that natively; jest 30 on Node 20 only does when those packages are transformed (see jest.config.js).
import { createRequire } from 'node:module';

type Jsdom = typeof import('jsdom');
let cached: Jsdom | undefined;

export function jsdom(): Jsdom {
  cached ??= createRequire(import.meta.url)('jsdom') as Jsdom;
  return cached;
}
