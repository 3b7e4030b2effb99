// The exploration page on a 10,000-node / 50,000-edge graph in headless Chromium: time from navigation start
// to sigma's first render (the entities; a large graph's statements follow) and to the complete render (every
// statement drawn), then frame times (requestAnimationFrame deltas) while the camera pans and zooms
// (sigma camera animations, as the page's own moves; then real mouse drags and wheel turns), the cost of a
// full redraw with every edge and label, and frames while ForceAtlas2 runs.
// Headless Chromium here draws WebGL on the CPU (SwiftShader): figures are a floor, not a desktop GPU's.
// To compare renderers: NEWSGRAPH_BENCH_CHROMIUM_ARGS="--flag …" adds Chromium flags to the shared list
// (src/page/headless.ts), NEWSGRAPH_BENCH_CHROMIUM_DROP="--flag …" removes some.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright-core';
import { buildPage } from '../scripts/build-page.mjs';
import { createGraph, edgeKey, toJSON, type NewsGraph } from '../src/graph/index.js';
import type {} from '../src/page/debug.js';
import { HEADLESS_CHROMIUM } from '../src/page/headless.js';
import { startServer } from '../src/serve/index.js';
import { MODALITIES, ENTITY_TYPES } from '../src/types/index.js';

const NODES = 10_000;
const EDGES = 50_000;
/** Fresh browsers timed for the first render. */
const FRESH_RUNS = Number(process.env.NEWSGRAPH_BENCH_PAGE_FRESH ?? 3);
const RELATIONS = ['RESTRICTS', 'BANS', 'SUPPLIES', 'INVESTS_IN', 'SANCTIONS', 'RELATED_TO', 'ACQUIRES', 'CRITICIZES'];

const EXTRA_ARGS = (process.env.NEWSGRAPH_BENCH_CHROMIUM_ARGS ?? '').split(/\s+/).filter(Boolean);
const DROP_ARGS = (process.env.NEWSGRAPH_BENCH_CHROMIUM_DROP ?? '').split(/\s+/).filter(Boolean);

function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** Preferential attachment for a news-like degree distribution (a few hubs, many leaves), built directly. */
export function syntheticGraph(NODES = 10_000, EDGES = 50_000): NewsGraph {
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
  if (!s.length) return { n: 0, mean: NaN, p50: NaN, p95: NaN, max: NaN };
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { n: s.length, mean, p50: q(0.5), p95: q(0.95), max: s[s.length - 1]! };
};
const f1 = (x: number) => Number(x.toFixed(1));
const fps = (ms: number) => f1(1000 / ms);
/** "frames: mean / p50 / p95 / max ms; fps at the mean, p50, p95" */
const frameLine = (xs: number[]) => {
  const s = stats(xs);
  return `${s.n} frames: ${f1(s.mean)} / ${f1(s.p50)} / ${f1(s.p95)} / ${f1(s.max)} ms; ${fps(s.mean)} / ${fps(s.p50)} / ${fps(s.p95)} fps`;
};

// In-page frame recorder: rAF timestamps from start() until stop(); deltas are frame times.
const RECORDER = `(() => {
  const r = window.__frameRecorder = { deltas: [], on: false, last: 0 };
  r.start = () => { r.deltas = []; r.on = true; r.last = performance.now();
    const loop = (t) => { if (!r.on) return; r.deltas.push(t - r.last); r.last = t; requestAnimationFrame(loop); };
    requestAnimationFrame(loop); };
  r.stop = () => { r.on = false; return r.deltas; };
})()`;

export async function run(): Promise<Record<string, string | number>> {
  const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
  const loadBefore = load();
  const t0 = performance.now();
  const graph = syntheticGraph();
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-bench-page-'));
  const graphFile = path.join(dir, 'newsgraph.json');
  const json = JSON.stringify(toJSON(graph));
  await writeFile(graphFile, json);
  process.stderr.write(`bench page: graph ${graph.order} nodes, ${graph.size} edges, ${(json.length / 1e6).toFixed(1)} MB JSON in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  const pageDir = path.join(dir, 'page');
  await buildPage({ outDir: pageDir, quiet: true });
  const t1 = performance.now();
  const server = await startServer({ port: 0, graphFile, pageDir });
  const serverStart = performance.now() - t1;
  const pagePayload = Buffer.from(await (await fetch(new URL('/api/page-graph', server.url))).arrayBuffer()).length;
  const pagePayloadGz = Number((await fetch(new URL('/api/page-graph', server.url), { headers: { 'accept-encoding': 'gzip' } })).headers.get('content-length'));
  const args = [...HEADLESS_CHROMIUM.args.filter((a) => !DROP_ARGS.includes(a)), ...EXTRA_ARGS];
  const browser = await chromium.launch({ executablePath: HEADLESS_CHROMIUM.executablePath, args });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('crash', () => process.stderr.write('bench page: the page crashed\n'));
    page.on('pageerror', (e) => process.stderr.write(`bench page: page error ${e.message}\n`));
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      const ext = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl ? String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'no WebGL';
    });
    process.stderr.write(`bench page: server up in ${(serverStart / 1000).toFixed(1)} s (layout included); WebGL: ${renderer}\n`);

    // Time to first render: in fresh browsers (nothing compiled, cached or warmed up; FRESH_RUNS of them, as
    // one run on this shared machine varies by a few hundred ms), then on a reload in the bench's browser.
    const openPage = async (p: Page) => {
      await p.goto(server.url);
      await p.waitForFunction(() => window.__newsgraph?.ready === true && window.__newsgraph.timings.completeFrame !== undefined, undefined, { timeout: 180_000 });
      const err = await p.evaluate(() => window.__newsgraph.error ?? '');
      if (err) throw new Error(err);
      return p.evaluate(() => window.__newsgraph.timings);
    };
    const fmtTimings = (t: Record<string, number>) =>
      ['mainStart', 'sigmaReady', 'fetched', 'parsed', 'firstRender', 'firstFrame', 'built', 'complete', 'completeFrame'].map((k) => `${k} ${Math.round(t[k] ?? NaN)}`).join(', ');
    const fresh: Array<Record<string, number>> = [];
    for (let i = 0; i < FRESH_RUNS; i++) {
      const b = await chromium.launch({ executablePath: HEADLESS_CHROMIUM.executablePath, args });
      try {
        fresh.push(await openPage(await b.newPage({ viewport: { width: 1400, height: 900 } })));
      } finally { await b.close(); }
      process.stderr.write(`bench page: fresh load ${i + 1}: ${fmtTimings(fresh[i]!)}\n`);
    }
    const median = (k: string) => stats(fresh.map((t) => t[k]!)).p50;
    const all = (k: string) => fresh.map((t) => Math.round(t[k]!)).sort((a, b) => a - b).join(', ');
    const second = await openPage(page);
    process.stderr.write(`bench page: reload ${fmtTimings(second)}\n`);
    await page.evaluate(RECORDER);
    const settle = () => page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const home = () => page.evaluate(() => window.__newsgraph.sigma!.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));

    // Camera animations, as the page itself moves the camera: sigma counts the camera as moving.
    const animate = (moves: Array<{ x?: number; y?: number; ratio?: number }>) => page.evaluate(async (moves) => {
      const rec = (window as unknown as { __frameRecorder: { start(): void; stop(): number[] } }).__frameRecorder;
      const cam = window.__newsgraph.sigma!.getCamera();
      rec.start();
      for (const m of moves) await cam.animate(m, { duration: 500, easing: 'linear' });
      return rec.stop();
    }, moves);
    await home();
    await settle();
    const pan = await animate([{ x: 0.7, y: 0.5 }, { x: 0.7, y: 0.7 }, { x: 0.3, y: 0.7 }, { x: 0.3, y: 0.3 }, { x: 0.5, y: 0.5 }]);
    await settle();
    const zoom = await animate([{ ratio: 0.25 }, { ratio: 1 }, { ratio: 3 }, { ratio: 1 }]);
    await settle();
    process.stderr.write(`bench page: animated pan ${frameLine(pan)}; zoom ${frameLine(zoom)}\n`);

    // A full redraw (every edge and label) per frame: what a still camera costs after each change.
    const full = await page.evaluate(async () => {
      const sigma = window.__newsgraph.sigma!;
      const cam = sigma.getCamera();
      const deltas: number[] = [];
      let last = await new Promise<number>((r) => requestAnimationFrame(r));
      const deadline = performance.now() + 20_000;
      for (let i = 0; i < 20 && performance.now() < deadline; i++) {
        cam.setState({ x: 0.5 + 0.05 * Math.sin(i / 3), y: 0.5 });
        const now = await new Promise<number>((r) => requestAnimationFrame(r));
        deltas.push(now - last);
        last = now;
      }
      return deltas;
    });
    process.stderr.write(`bench page: full redraw ${frameLine(full)}\n`);

    // As a user does it: a mouse drag, then wheel turns.
    await home();
    await settle();
    const record = () => page.evaluate(() => (window as unknown as { __frameRecorder: { start(): void } }).__frameRecorder.start());
    const collect = () => page.evaluate(() => (window as unknown as { __frameRecorder: { stop(): number[] } }).__frameRecorder.stop());
    await page.mouse.move(800, 450);
    await record();
    await page.mouse.down();
    await page.mouse.move(1000, 600, { steps: 40 });
    await page.mouse.up();
    const drag = await collect();
    await settle();
    await record();
    for (let i = 0; i < 8; i++) { await page.mouse.wheel(0, i < 4 ? -300 : 300); await page.waitForTimeout(120); }
    const wheel = await collect();
    process.stderr.write(`bench page: mouse drag ${frameLine(drag)}; wheel ${frameLine(wheel)}\n`);

    // Clicking the best-connected entity: its statements drawn as arrows and its evidence fetched.
    await home();
    await settle();
    const clickMs = await page.evaluate(async () => {
      const h = window.__newsgraph;
      const g = h.graph!;
      let best = '';
      g.forEachNode((n) => { if (!best || g.degree(n) > g.degree(best)) best = n; });
      const t = performance.now();
      h.sigma!.emit('clickNode', { node: best } as never);
      await h.evidenceSettled();
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t;
    });

    // ForceAtlas2 in its worker, on request: every iteration moves every node, so every frame is a full one.
    await home();
    await page.click('#layout-btn');
    await record();
    await page.waitForTimeout(8000);
    const layout = await collect();
    await page.evaluate(() => window.__newsgraph.stopLayout());

    return {
      'page graph': `${graph.order} nodes, ${graph.size} edges; graph JSON ${(json.length / 1e6).toFixed(1)} MB, page payload ${(pagePayload / 1e6).toFixed(1)} MB (${(pagePayloadGz / 1e6).toFixed(1)} MB gzip)`,
      'page WebGL renderer': renderer,
      'page chromium args': args.join(' '),
      'page load average (1/5/15 min) before / after': `${loadBefore} / ${load()}`,
      'page server start incl. layout (ms)': Math.round(serverStart),
      [`page first render, entities, fresh browser (ms from navigation; median of ${FRESH_RUNS})`]: Math.round(median('firstRender')),
      'page first render, each fresh browser (ms, sorted)': all('firstRender'),
      'page first frame on screen, entities, fresh browser (ms; median)': Math.round(median('firstFrame')),
      'page complete render, all statements, fresh browser (ms; median)': Math.round(median('complete')),
      'page complete frame on screen, fresh browser (ms; median)': Math.round(median('completeFrame')),
      'page first render, reload (ms)': Math.round(second.firstRender!),
      'page complete render, reload (ms)': Math.round(second.complete!),
      'page animated pan frames (mean/p50/p95/max; fps)': frameLine(pan),
      'page animated zoom frames (mean/p50/p95/max; fps)': frameLine(zoom),
      'page mouse-drag frames (mean/p50/p95/max; fps)': frameLine(drag),
      'page mouse-wheel frames (mean/p50/p95/max; fps)': frameLine(wheel),
      'page full redraw, all edges and labels (mean/p50/p95/max; fps)': frameLine(full),
      'page click on the top hub to evidence shown (ms)': Math.round(clickMs),
      'page frames while ForceAtlas2 runs (mean/p50/p95/max; fps)': frameLine(layout),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  run().then((r) => console.log(r), (e: unknown) => { console.error(e); process.exit(1); });
}
