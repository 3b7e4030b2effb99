// The exploration page on a 10,000-node / 50,000-edge graph in headless Chromium: time to first render,
// then frame times (requestAnimationFrame deltas) while the camera pans and zooms programmatically.
// Headless Chromium here draws WebGL in software (SwiftShader): figures are a floor, not a desktop GPU's.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { buildPage } from '../scripts/build-page.mjs';
import { createGraph, edgeKey, toJSON, type NewsGraph } from '../src/graph/index.js';
import type {} from '../src/page/debug.js';
import { startServer } from '../src/serve/index.js';
import { MODALITIES, ENTITY_TYPES } from '../src/types/index.js';

const NODES = 10_000;
const EDGES = 50_000;
const FRAMES = 60;
const RELATIONS = ['RESTRICTS', 'BANS', 'SUPPLIES', 'INVESTS_IN', 'SANCTIONS', 'RELATED_TO', 'ACQUIRES', 'CRITICIZES'];

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** Preferential attachment for a news-like degree distribution (a few hubs, many leaves), built directly. */
export function syntheticGraph(): NewsGraph {
  const rand = rng(7);
  const g = createGraph();
  const docs: Record<string, ReturnType<typeof g.getAttribute<'documents'>>[string]> = {};
  for (let d = 0; d < 500; d++) {
    docs[`doc${d}`] = { id: `doc${d}`, path: `doc${d}.txt`, title: `Article ${d}`, lang: d % 2 ? 'ko' : 'en', encoding: 'UTF-8',
      format: 'txt', hash: `h${d}`, sentences: 40, published: `2024-${String(1 + (d % 12)).padStart(2, '0')}-15` };
  }
  g.setAttribute('documents', docs);
  for (let i = 0; i < NODES; i++) {
    g.addNode(`e${i}`, { name: `Entity ${i}`, nameKo: `개체 ${i}`, type: ENTITY_TYPES[i % ENTITY_TYPES.length]!, aliases: [],
      mentionsByDoc: {}, mentions: 1 + (i % 9), docs: [`doc${i % 500}`] });
  }
  const ends: number[] = [];
  while (g.size < EDGES) {
    const s = Math.floor(rand() * NODES);
    const o = ends.length && rand() < 0.7 ? ends[Math.floor(rand() * ends.length)]! : Math.floor(rand() * NODES);
    if (s === o) continue;
    const relation = RELATIONS[Math.floor(rand() * RELATIONS.length)]!;
    const modality = MODALITIES[Math.floor(rand() * MODALITIES.length)]!;
    const key = edgeKey(`e${s}`, relation, `e${o}`, modality);
    if (g.hasEdge(key)) continue;
    const doc = `doc${Math.floor(rand() * 500)}`;
    const sentence = `Entity ${s} ${relation.toLowerCase()} Entity ${o}.`;
    const confidence = Math.round(rand() * 100) / 100;
    g.addDirectedEdgeWithKey(key, `e${s}`, `e${o}`, {
      relation, modality, confidence, weight: 1, predicates: [relation.toLowerCase()], attribution: [], docs: [doc],
      evidence: [{ docId: doc, sentenceId: `${doc}:1`, sentenceIndex: 1, start: 0, end: sentence.length, tripleId: key,
        sentence, lang: docs[doc]!.lang, predicate: relation.toLowerCase(), confidence }],
    });
    ends.push(s, o);
  }
  return g;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { mean, p50: q(0.5), p95: q(0.95), max: s[s.length - 1]! };
};

export async function run(): Promise<Record<string, string | number>> {
  const t0 = performance.now();
  const graph = syntheticGraph();
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-bench-page-'));
  const graphFile = path.join(dir, 'newsgraph.json');
  const json = JSON.stringify(toJSON(graph));
  await writeFile(graphFile, json);
  process.stderr.write(`bench page: graph ${graph.order} nodes, ${graph.size} edges, ${(json.length / 1e6).toFixed(1)} MB JSON in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  const pageDir = path.join(dir, 'page');
  await buildPage({ outDir: pageDir, quiet: true });
  const server = await startServer({ port: 0, graphFile, pageDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('crash', () => process.stderr.write('bench page: the page crashed\n'));
    page.on('pageerror', (e) => process.stderr.write(`bench page: page error ${e.message}\n`));
    await page.goto(server.url);
    await page.waitForFunction(() => window.__newsgraph?.ready === true, undefined, { timeout: 180_000 });
    const firstRender = await page.evaluate(() => window.__newsgraph.firstRenderMs ?? NaN);
    const err = await page.evaluate(() => window.__newsgraph.error ?? '');
    if (err) throw new Error(err);
    process.stderr.write(`bench page: first render at ${firstRender.toFixed(0)} ms; measuring frames\n`);

    // rAF deltas over FRAMES frames while `step(i)` moves the camera every frame.
    const measure = (mode: 'layout' | 'pan' | 'zoom') => page.evaluate(async ({ mode, frames }) => {
      const sigma = window.__newsgraph.sigma!;
      const cam = sigma.getCamera();
      cam.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      const deltas: number[] = [];
      let last = await new Promise<number>((r) => requestAnimationFrame(r));
      // Capped in time too: software WebGL on a shared CPU can take a second or more per frame.
      const deadline = performance.now() + 30_000;
      for (let i = 0; i < frames && performance.now() < deadline; i++) {
        if (mode === 'pan') cam.setState({ x: 0.5 + 0.2 * Math.sin(i / 10), y: 0.5 + 0.2 * Math.cos(i / 10) });
        if (mode === 'zoom') cam.setState({ ratio: Math.exp(Math.sin(i / 15) * 1.5) });
        const now = await new Promise<number>((r) => requestAnimationFrame(r));
        deltas.push(now - last);
        last = now;
      }
      return deltas;
    }, { mode, frames: FRAMES });

    await page.evaluate(() => window.__newsgraph.stopLayout());
    await page.waitForTimeout(500);
    const panDeltas = await measure('pan');
    const zoomDeltas = await measure('zoom');
    process.stderr.write(`bench page: ${panDeltas.length} pan and ${zoomDeltas.length} zoom frames; now with the layout running\n`);
    await page.click('#layout-btn');
    const layoutDeltas = await measure('layout');
    await page.evaluate(() => window.__newsgraph.stopLayout());
    // As a user does it: a mouse drag and wheel zooms. sigma hides edges and labels while the camera moves
    // on large graphs (hideEdgesOnMove), so these frames draw nodes only, then one full frame at rest.
    const record = () => page.evaluate(`(() => {
      window.__frames = []; window.__stopFrames = false;
      let last = performance.now();
      function loop(t) { window.__frames.push(t - last); last = t; if (!window.__stopFrames) requestAnimationFrame(loop); }
      requestAnimationFrame(loop);
    })()`);
    const collect = () => page.evaluate(`(() => { window.__stopFrames = true; return window.__frames; })()`) as Promise<number[]>;
    await page.evaluate(() => window.__newsgraph.sigma!.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1 }));
    await page.waitForTimeout(1000);
    await record();
    await page.mouse.move(800, 450);
    await page.mouse.down();
    await page.mouse.move(1000, 600, { steps: 40 });
    await page.mouse.up();
    const dragDeltas = await collect();
    await page.waitForTimeout(1000);
    await record();
    for (let i = 0; i < 8; i++) { await page.mouse.wheel(0, i < 4 ? -300 : 300); await page.waitForTimeout(120); }
    const wheelDeltas = await collect();
    const drag = stats(dragDeltas);
    const wheel = stats(wheelDeltas);
    const [pan, zoom, layout] = [stats(panDeltas), stats(zoomDeltas), stats(layoutDeltas)];
    const f = (x: number) => Number(x.toFixed(1));
    return {
      'page graph': `${graph.order} nodes, ${graph.size} edges`,
      'page first render (ms from navigation)': f(firstRender),
      'page frame ms while layout runs (p50/p95)': `${f(layout.p50)} / ${f(layout.p95)}`,
      'page frames measured (pan/zoom/layout)': `${panDeltas.length} / ${zoomDeltas.length} / ${layoutDeltas.length}`,
      'page pan frame ms, camera set each frame, full redraw (mean/p50/p95/max)': `${f(pan.mean)} / ${f(pan.p50)} / ${f(pan.p95)} / ${f(pan.max)}`,
      'page pan fps (mean)': f(1000 / pan.mean),
      'page zoom frame ms, camera set each frame, full redraw (mean/p50/p95/max)': `${f(zoom.mean)} / ${f(zoom.p50)} / ${f(zoom.p95)} / ${f(zoom.max)}`,
      'page zoom fps (mean)': f(1000 / zoom.mean),
      'page mouse-drag pan frame ms (mean/p50/p95/max)': `${f(drag.mean)} / ${f(drag.p50)} / ${f(drag.p95)} / ${f(drag.max)}`,
      'page mouse-wheel zoom frame ms (mean/p50/p95/max)': `${f(wheel.mean)} / ${f(wheel.p50)} / ${f(wheel.p95)} / ${f(wheel.max)}`,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  run().then((r) => console.log(r), (e: unknown) => { console.error(e); process.exit(1); });
}
