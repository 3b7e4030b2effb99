#!/usr/bin/env node
// Bundle the exploration page (src/page/main.ts → dist/page/app.js, minified) and copy its HTML and CSS.
// Usage: node scripts/build-page.mjs [--dev]   (--dev: unminified, with an inline source map)
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src', 'page');
const out = path.join(root, 'dist', 'page');

/** Build into `outDir` (default dist/page). Tests build into a temporary folder of their own. */
export async function buildPage({ dev = false, quiet = false, outDir = out } = {}) {
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: [path.join(src, 'main.ts')],
    outfile: path.join(outDir, 'app.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  await Promise.all(['index.html', 'style.css'].map((f) => copyFile(path.join(src, f), path.join(outDir, f))));
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  if (!quiet) process.stderr.write(`build-page: ${path.relative(root, path.join(outDir, 'app.js'))} ${(bytes / 1024).toFixed(0)} KiB\n`);
  return { outDir, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildPage({ dev: process.argv.includes('--dev') }).catch((err) => {
    process.stderr.write(`build-page: ${err.message}\n`);
    process.exit(1);
  });
}
