// `npm run bench [-- --only a,b]`: runs each benchmark section and prints its figures.
// Figures only — nothing here passes or fails on speed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Section = { run: () => Promise<Record<string, string | number>> };
const here = path.dirname(fileURLToPath(import.meta.url));
const SECTIONS = ['pipeline', 'ingest', 'entities', 'ko', 'en', 'quality', 'neo4j', 'export', 'page'];

const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set(process.argv[onlyArg + 1]?.split(',')) : undefined;

const results: Record<string, Record<string, string | number>> = {};
for (const name of SECTIONS) {
  if (only && !only.has(name)) continue;
  const file = path.join(here, `${name}.ts`);
  if (!existsSync(file)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  try {
    const mod = (await import(file)) as Section;
    results[name] = await mod.run();
  } catch (err) {
    results[name] = { error: (err as Error).message };
  }
  process.stdout.write(`\n## ${name}\n`);
  for (const [k, v] of Object.entries(results[name]!)) process.stdout.write(`  ${k.padEnd(34)} ${typeof v === 'number' ? fmt(v) : v}\n`);
}
process.stdout.write(`\npeak RSS (this process)            ${fmt(process.resourceUsage().maxRSS / 1024)} MiB\n`);
// Close Neo4j drivers and servers the sections may have left open.
process.exit(0);

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
