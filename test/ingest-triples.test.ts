// The same article in another encoding or wrapped in a web page gives the same triples as the clean text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { ExtractError } from '../src/errors.js';
import { ingest } from '../src/ingest/index.js';
import { Pipeline } from '../src/pipeline/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';

const SAMPLE = path.join(PROJECT_ROOT, 'seeds', '000_5cf3792e60afef19.txt');
const HTML = path.join(PROJECT_ROOT, 'test', 'fixtures', 'ingest', 'sample_article.html');
const pipeline = new Pipeline();

async function sampleDocument() {
  for await (const r of ingest([SAMPLE])) { if (r.ok) return r.document; throw r.error; }
  throw new Error('the sample did not ingest');
}

async function statements(file: string): Promise<string[]> {
  const out: string[] = [];
  for await (const r of ingest([file])) {
    if (!r.ok) throw r.error;
    for (const t of pipeline.extractDocument(r.document).triples) out.push(`${t.subject.id} ${t.relation} ${t.object.id} ${t.modality}`);
  }
  return out.sort();
}

describe('the sample in other encodings and formats', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-enc-'));
  const text = readFileSync(SAMPLE, 'utf8');
  // EUC-KR cannot encode ©, which appears only in the copyright line (page furniture): drop it there.
  const copies: Array<[string, Buffer]> = [
    ['euc-kr.txt', iconv.encode(text.replace(/©/g, '(c)'), 'euc-kr')],
    ['cp949.txt', iconv.encode(text.replace(/©/g, '(c)'), 'cp949')],
    ['utf16le.txt', iconv.encode(text, 'utf-16le', { addBOM: true })],
    ['utf16be.txt', iconv.encode(text, 'utf-16be', { addBOM: true })],
  ];
  for (const [name, bytes] of copies) writeFileSync(path.join(dir, name), bytes);

  it.each(copies.map(([name]) => name))('%s gives the triples of the UTF-8 file', async (name) => {
    const expected = await statements(SAMPLE);
    expect(expected.length).toBeGreaterThan(10);
    expect(await statements(path.join(dir, name))).toEqual(expected);
  });

  it('an HTML page wrapping the article (navigation, ads, related articles) gives the same triples', async () => {
    expect(await statements(HTML)).toEqual(await statements(SAMPLE));
  });
});

describe('a document the extractor fails on', () => {
  // A pipeline whose extraction throws, as a bug in a language module would: the batch goes on without it.
  class FailingPipeline extends Pipeline {
    override extractDocument(): never { throw new ExtractError('failed on sentence 3 of broken.txt: boom'); }
  }

  it('is returned as skipped with its reason, not thrown', async () => {
    const doc = await sampleDocument();
    const x = new FailingPipeline().tryExtractDocument(doc);
    expect(x).toEqual({ ok: false, skipped: { path: doc.path, reason: 'extraction-failed', message: 'extract: failed on sentence 3 of broken.txt: boom' } });
  });

  it('extracts normally otherwise', async () => {
    const x = pipeline.tryExtractDocument(await sampleDocument());
    expect(x.ok && x.extraction.triples.length).toBeGreaterThan(0);
  });
});
