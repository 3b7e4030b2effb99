// Ingest benchmark: documents per second and MB/s per input format (UTF-8 text, EUC-KR text, HTML pages
// wrapping the article in navigation and a related-articles box, JSON Lines), on varied copies of the
// sample written to a temporary folder; then the batch-level repeated-line pass over all of them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { ingest, removeRepeatedLines } from '../src/ingest/index.js';
import type { NewsDocument } from '../src/types/index.js';
import { variedDocuments } from './corpus.js';

const N = Number(process.env.BENCH_INGEST_DOCS ?? 400);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function htmlPage(text: string, i: number): string {
  const [head, ...body] = text.split('\n').filter((l) => l.trim());
  const nav = ['정치', '경제', '사회', '국제', 'IT/과학', '오피니언'].map((x) => `<li><a href="/s/${i}/${x}">${x}</a></li>`).join('');
  const related = [1, 2, 3, 4].map((k) => `<li><a href="/a/${i * 10 + k}">관련 기사 제목 ${k}번: 증시 마감 시황</a></li>`).join('');
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${escapeHtml(head!)}</title>
<meta property="og:title" content="${escapeHtml(head!)}"><meta property="article:published_time" content="2023-07-05T09:00:00+09:00"></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>${escapeHtml(head!)}</h1>
${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article>
<aside class="related"><h3>관련 기사</h3><ul>${related}</ul></aside><div class="ad">광고</div></main>
<footer>Copyright © 헤럴드경제 All Rights Reserved.</footer></body></html>`;
}

async function timeIngest(dir: string): Promise<{ docs: NewsDocument[]; ms: number; failed: number }> {
  const t0 = performance.now();
  const docs: NewsDocument[] = [];
  let failed = 0;
  for await (const r of ingest([dir])) if (r.ok) docs.push(r.document); else failed++;
  return { docs, ms: performance.now() - t0, failed };
}

export async function run(): Promise<Record<string, string | number>> {
  const root = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-ingest-'));
  const texts = variedDocuments(N);
  const out: Record<string, string | number> = { documents: N };
  const formats: Array<[string, (t: string, i: number) => [string, Buffer]]> = [
    ['txt UTF-8', (t, i) => [`d${i}.txt`, Buffer.from(t, 'utf8')]],
    ['txt EUC-KR', (t, i) => [`d${i}.txt`, iconv.encode(t, 'euc-kr')]],
    ['html', (t, i) => [`d${i}.html`, Buffer.from(htmlPage(t, i), 'utf8')]],
  ];
  try {
    let all: NewsDocument[] = [];
    for (const [name, make] of formats) {
      const dir = path.join(root, name.replace(/\W+/g, '-'));
      let bytes = 0;
      mkdirSync(dir, { recursive: true });
      texts.forEach((t, i) => {
        const [file, data] = make(t, i);
        bytes += data.length;
        writeFileSync(path.join(dir, file), data);
      });
      const r = await timeIngest(dir);
      out[`${name}: docs/s`] = (r.docs.length / r.ms) * 1000;
      out[`${name}: MB/s`] = (bytes / 1e6 / r.ms) * 1000;
      if (r.failed) out[`${name}: failed`] = r.failed;
      all = r.docs;
    }
    const jsonlDir = path.join(root, 'jsonl');
    mkdirSync(jsonlDir);
    const jsonl = texts.map((t, i) => JSON.stringify({ title: t.split('\n')[0], text: t.split('\n').slice(1).join('\n'), url: `https://example.org/${i}` })).join('\n');
    writeFileSync(path.join(jsonlDir, 'all.jsonl'), jsonl);
    const j = await timeIngest(jsonlDir);
    out['jsonl: docs/s'] = (j.docs.length / j.ms) * 1000;
    out['jsonl: MB/s'] = (Buffer.byteLength(jsonl) / 1e6 / j.ms) * 1000;

    const t0 = performance.now();
    const cleaned = removeRepeatedLines(all);
    out['repeated-line pass: ms'] = performance.now() - t0;
    out['repeated-line pass: lines removed'] = cleaned.reduce((n, d, i) => n + d.removed.length - all[i]!.removed.length, 0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
