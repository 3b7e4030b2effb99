import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { IngestError, OptionsError } from '../src/errors.js';
import { DEFAULT_INGEST_OPTIONS, detectLang, ingest, ingestText, type IngestResult } from '../src/ingest/index.js';
import { segmentSentences } from '../src/segment/index.js';
import type { NewsDocument } from '../src/types/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';

const SAMPLE = path.join(PROJECT_ROOT, 'seeds', '000_5cf3792e60afef19.txt');
const FIX = path.join(PROJECT_ROOT, 'test', 'fixtures', 'ingest');
const sampleText = readFileSync(SAMPLE, 'utf8');
const sampleLines = sampleText.split('\n');

async function all(paths: string[], opts?: Parameters<typeof ingest>[1]): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of ingest(paths, opts)) out.push(r);
  return out;
}
async function one(p: string, opts?: Parameters<typeof ingest>[1]): Promise<NewsDocument> {
  const rs = await all([p], opts);
  expect(rs).toHaveLength(1);
  const r = rs[0]!;
  if (!r.ok) throw new Error(`expected a document from ${p}, got ${r.reason}: ${r.error.message}`);
  return r.document;
}

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(path.join(tmpdir(), 'ng-ingest-')); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('the sample article', () => {
  let doc: NewsDocument;
  beforeAll(async () => { doc = await one(SAMPLE); });

  it('keeps the headline as the first line and title', () => {
    expect(doc.text.split('\n')[0]).toBe(sampleLines[0]);
    expect(doc.meta.title).toBe(sampleLines[0]);
  });

  it('turns the byline into source and author and cuts it from the text', () => {
    expect(doc.meta.source).toBe('헤럴드경제');
    expect(doc.meta.author).toBe('김우영');
    expect(doc.text).not.toContain('[헤럴드경제=');
  });

  it('keeps the article paragraphs', () => {
    for (const line of sampleLines.slice(7, 17)) expect(doc.text).toContain(line);
  });

  it.each([
    ['UI hint', '전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.'],
    ['font-size widget', '이 글자크기로 변경됩니다.'],
    ['portal promo', '다음뉴스를 만나보세요'],
    ['e-mail', 'kwy@heraldcorp.com'],
    ['copyright', '무단전재'],
    ['related headline', '김연아·고우림 85억 신혼집'],
    ['last related headline', '70대 부부, 숨진채 발견'],
  ])('drops the %s', (_what, fragment) => {
    expect(doc.text).not.toContain(fragment);
  });

  it('records every removed line with a reason', () => {
    expect(doc.removed.length).toBeGreaterThanOrEqual(16);
    expect(doc.removed.filter((r) => r.text.startsWith('- '))).toHaveLength(10);
    for (const r of doc.removed) expect(r.reason).toMatch(/\S/);
  });

  it('derives the id from the cleaned text hash', () => {
    expect(doc.meta.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.id).toBe(doc.meta.hash.slice(0, 16));
    expect(doc.meta.lang).toBe('ko');
    expect(doc.meta.encoding).toBe('UTF-8');
    expect(doc.meta.bytes).toBe(Buffer.byteLength(sampleText));
  });

  it('gives the same id when ingested again', async () => {
    expect((await one(SAMPLE)).id).toBe(doc.id);
  });

  it('yields sentences with the headline and the lead, without furniture', () => {
    const texts = segmentSentences(doc).map((s) => s.text);
    expect(texts[0]).toBe(sampleLines[0]);
    expect(texts).toContain('미국이 첨단 기술 보호를 위해 중국 업체의 클라우드 컴퓨팅 접근을 제한하는 새로운 제재를 추진하는 것으로 알려졌다.');
    expect(texts.some((t) => /본문 보기|글자크기|다음뉴스|Copyright|heraldcorp|^- /.test(t))).toBe(false);
    expect(texts).toHaveLength(18);
  });
});

describe('encodings', () => {
  let reference: NewsDocument;
  beforeAll(async () => { reference = await one(SAMPLE); });

  it.each([
    ['EUC-KR', 'euc-kr', false, 'EUC-KR'],
    ['CP949', 'cp949', false, 'EUC-KR'],
    ['UTF-16LE with BOM', 'utf-16le', true, 'UTF-16LE'],
    ['UTF-16BE with BOM', 'utf-16be', true, 'UTF-16BE'],
    ['UTF-16LE without BOM', 'utf-16le', false, 'UTF-16LE'],
    ['UTF-16BE without BOM', 'utf-16be', false, 'UTF-16BE'],
    ['UTF-8 with BOM', 'utf8', true, 'UTF-8'],
  ])('a %s copy gives the same text and id', async (_name, enc, bom, expected) => {
    const file = path.join(tmp, `sample-${enc}-${bom}.txt`);
    writeFileSync(file, iconv.encode(sampleText, enc, { addBOM: bom }));
    const doc = await one(file);
    expect(doc.meta.encoding).toBe(expected);
    expect(doc.text).toBe(reference.text);
    expect(doc.id).toBe(reference.id);
  });
});

describe('HTML', () => {
  it('gives the same sentences as the clean text, headline from the page', async () => {
    const html = await one(path.join(FIX, 'sample_article.html'));
    const txt = await one(SAMPLE);
    expect(segmentSentences(html).map((s) => s.text)).toEqual(segmentSentences(txt).map((s) => s.text));
  });

  it('reads metadata from meta tags', async () => {
    const html = await one(path.join(FIX, 'sample_article.html'));
    expect(html.meta).toMatchObject({
      format: 'html', source: '헤럴드경제', author: '김우영', published: '2023-07-05T09:12:00+09:00',
      url: 'https://news.example.com/view/20230705000123', title: sampleLines[0],
    });
  });

  it('drops navigation, ads, the related-articles box and the footer', async () => {
    const html = await one(path.join(FIX, 'sample_article.html'));
    for (const s of ['구독하기', '광고', '신혼집', '회사소개', 'Herald Corporation', '대표전화']) expect(html.text).not.toContain(s);
  });

  it('drops blocks that are mostly links', async () => {
    const file = path.join(tmp, 'links.html');
    const para = 'The central bank raised its policy rate by a quarter point on Thursday, citing persistent inflation in services. ';
    writeFileSync(file, `<html><body><article><h1>Bank raises rates</h1><p>${para.repeat(3)}</p>
      <p><a href="/a">Markets</a> <a href="/b">Economy</a> <a href="/c">Banks</a> and</p><p>${para.repeat(2)}</p></article></body></html>`);
    const doc = await one(file);
    expect(doc.text).not.toContain('Markets');
    expect(doc.removed.some((r) => r.reason.startsWith('link-density') && r.text.includes('Markets'))).toBe(true);
  });

  it('reports a page without main text as no-article-text', async () => {
    const [r] = await all([path.join(FIX, 'no_text.html')]);
    expect(r).toMatchObject({ ok: false, reason: 'no-article-text' });
  });

  it('decodes a page in its declared legacy charset', async () => {
    const file = path.join(tmp, 'euckr.html');
    const body = sampleLines.slice(6, 17).map((l) => `<p>${l}</p>`).join('\n');
    writeFileSync(file, iconv.encode(`<html><head><meta charset="euc-kr"><title>${sampleLines[0]}</title></head><body><article><h1>${sampleLines[0]}</h1>${body}</article></body></html>`, 'euc-kr'));
    const doc = await one(file);
    expect(doc.meta.encoding).toMatch(/EUC-KR/i);
    expect(segmentSentences(doc).map((s) => s.text)).toEqual(segmentSentences(await one(SAMPLE)).map((s) => s.text));
  });
});

describe('own test articles', () => {
  it('cleans an English wire story: UI lines, byline, dateline, credits and related list', async () => {
    const doc = await one(path.join(FIX, 'en_trade.txt'));
    expect(doc.meta).toMatchObject({ lang: 'en', title: 'U.S. weighs new curbs on chip tool exports to China', author: 'Jane Doe and John Roe', published: '2023-07-05' });
    expect(doc.text.split('\n')[0]).toBe('U.S. weighs new curbs on chip tool exports to China');
    for (const s of ['Skip to main content', 'Share this article', 'Reporting by', 'Related coverage', 'gallium export controls', 'By Jane Doe']) expect(doc.text).not.toContain(s);
    expect(doc.text).toContain('The Netherlands said it would announce its own measures by the end of the summer.');
  });

  it('cleans a Korean wire story: dateline, (서울=연합뉴스) byline, polite-register promo, legal footer', async () => {
    const doc = await one(path.join(FIX, 'ko_policy.txt'));
    expect(doc.meta).toMatchObject({ lang: 'ko', source: '연합뉴스', author: '홍길동', published: '2023-07-06' });
    expect(doc.text.startsWith('정부, 반도체 소재 수출 통제 대응책 발표…"공급망 다변화"\n정부가 6일')).toBe(true);
    expect(doc.removed.find((r) => r.text.includes('앱을 설치하면'))?.reason).toMatch(/^register/);
    for (const s of ['입력 2023', '저작권자', '제보는', 'hong@yna.co.kr', '홍길동 기자']) expect(doc.text).not.toContain(s);
  });

  it('reads Markdown with front matter: metadata, syntax stripped, entity decoded, link list dropped', async () => {
    const doc = await one(path.join(FIX, 'md_article.md'));
    expect(doc.meta).toMatchObject({ format: 'md', title: 'Chipmakers brace for longer export curbs', published: '2023-07-05', source: 'Example Wire', author: 'Kim Lee', url: 'https://wire.example.com/chips' });
    expect(doc.text).toContain('said on Tuesday they expect');
    expect(doc.text).toContain('according to a survey by');
    expect(doc.text).toContain('supply chain & logistics');
    expect(doc.text).not.toMatch(/\*\*|\]\(|^#|Samsung profit|Related/m);
    expect(doc.text.split('\n').filter((l) => l.startsWith('Chipmakers brace'))).toHaveLength(1);
  });
});

describe('JSON and JSON Lines', () => {
  const rec = (i: number) => ({
    title: `Record ${i} headline about export controls`,
    body: `Officials in Seoul said on Monday that record ${i} describes a new policy. The ministry will publish details next week.`,
    url: `https://example.com/${i}`, published: '2023-07-03', source: 'Example Times', author: 'A. Writer',
  });

  it('yields one document per JSON Lines record, path file#line', async () => {
    const file = path.join(tmp, 'records.jsonl');
    writeFileSync(file, [rec(1), rec(2), rec(3)].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const rs = await all([file]);
    expect(rs.map((r) => (r.ok ? r.document.path : r.path))).toEqual([`${file}#1`, `${file}#2`, `${file}#3`]);
    const d = (rs[1] as { document: NewsDocument }).document;
    expect(d.meta).toMatchObject({ format: 'jsonl', title: 'Record 2 headline about export controls', url: 'https://example.com/2', published: '2023-07-03', source: 'Example Times', author: 'A. Writer', lang: 'en' });
    expect(d.text.split('\n')[0]).toBe('Record 2 headline about export controls');
  });

  it('reports a malformed line and a truncated last line, and keeps the good records', async () => {
    const file = path.join(tmp, 'broken.jsonl');
    writeFileSync(file, `${JSON.stringify(rec(1))}\n{"title": "oops", body: }\n${JSON.stringify(rec(2))}\n${JSON.stringify(rec(3)).slice(0, 40)}`);
    const rs = await all([file]);
    expect(rs.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['ok', 'malformed-json', 'ok', 'truncated']);
    expect(rs[1]).toMatchObject({ path: `${file}#2` });
  });

  it('reads a JSON array of records with text|content fields and reports a record without text', async () => {
    const file = path.join(tmp, 'records.json');
    writeFileSync(file, JSON.stringify([{ title: 'One', text: rec(1).body }, { headline: 'Two', content: rec(2).body, date: 'July 4, 2023' }, { title: 'No body' }]));
    const rs = await all([file]);
    expect(rs.map((r) => (r.ok ? r.document.meta.title : r.reason))).toEqual(['One', 'Two', 'no-article-text']);
    expect(rs[1]!.ok && rs[1]!.document.meta.published).toBe('2023-07-04');
  });

  it('reads a single JSON object whose body is HTML', async () => {
    const file = path.join(tmp, 'one.json');
    writeFileSync(file, JSON.stringify({ title: 'HTML body', text: `<p>${rec(1).body}</p><p>Second paragraph of the story is here.</p>` }));
    const doc = await one(file);
    expect(doc.text).toBe(`HTML body\n${rec(1).body}\nSecond paragraph of the story is here.`);
  });
});

describe('standard input', () => {
  it('reads "-" from the given stream and sniffs the format', async () => {
    const doc = await one('-', { stdin: Readable.from([Buffer.from(sampleText)]) });
    expect(doc.path).toBe('-');
    expect(doc.meta.format).toBe('stdin');
    expect(doc.id).toBe((await one(SAMPLE)).id);
  });

  it('reads HTML piped into a real process', () => {
    const script = path.join(tmp, 'stdin.mts');
    writeFileSync(script, `import { ingest } from ${JSON.stringify(path.join(PROJECT_ROOT, 'src/ingest/index.ts'))};
for await (const r of ingest(['-'])) console.log(JSON.stringify(r.ok ? { id: r.document.id, title: r.document.meta.title } : { reason: r.reason }));`);
    const out = execFileSync(path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [script], { input: readFileSync(path.join(FIX, 'sample_article.html')), encoding: 'utf8' });
    expect(JSON.parse(out.trim())).toEqual({ id: expect.stringMatching(/^[0-9a-f]{16}$/), title: sampleLines[0] });
  });
});

describe('a folder of good and bad files', () => {
  let dir: string;
  let results: IngestResult[];
  const expectedBad: Record<string, string> = {};
  const good = ['a-sample.txt', 'b-en.txt', 'c-ko.txt', 'd-page.html', 'e-notes.md', 'sub/f-sample-euckr.txt'];

  beforeAll(async () => {
    dir = path.join(tmp, 'mixed');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    copyFileSync(SAMPLE, path.join(dir, 'a-sample.txt'));
    copyFileSync(path.join(FIX, 'en_trade.txt'), path.join(dir, 'b-en.txt'));
    copyFileSync(path.join(FIX, 'ko_policy.txt'), path.join(dir, 'c-ko.txt'));
    copyFileSync(path.join(FIX, 'sample_article.html'), path.join(dir, 'd-page.html'));
    copyFileSync(path.join(FIX, 'md_article.md'), path.join(dir, 'e-notes.md'));
    writeFileSync(path.join(dir, 'sub/f-sample-euckr.txt'), iconv.encode(sampleText, 'euc-kr'));
    const bad = (name: string, content: string | Uint8Array, reason: string): void => {
      writeFileSync(path.join(dir, name), content);
      expectedBad[path.join(dir, name)] = reason;
    };
    bad('bad-empty.txt', '', 'empty');
    bad('bad-blank.txt', ' \n\n\t\n', 'empty');
    bad('bad-png.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary');
    bad('bad-pdf.html', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), 'binary');
    bad('bad-nul.txt', Buffer.concat([Buffer.from('Some text'), Buffer.from([0, 1, 2, 0, 0x9c, 0xff, 0]), Buffer.from('more text')]), 'binary');
    bad('bad-mojibake.txt', `A headline\n${'\ufffd'.repeat(200)} partly readable text.`, 'undecodable');
    bad('bad-control.txt', `Title\n${'\u0001\u0002\u0003\u0004 '.repeat(50)}`, 'undecodable');
    bad('bad-oversized.txt', `Big headline\n${'This sentence is padding for size. '.repeat(2000)}`, 'oversized');
    bad('bad-json.json', '{"title": "x", "text": ', 'malformed-json');
    bad('bad-nobody.html', readFileSync(path.join(FIX, 'no_text.html')), 'no-article-text');
    bad('bad-furniture-only.txt', '본문 보기\n이 글자크기로 변경됩니다.\nCopyright © Example. All rights reserved.\n', 'no-article-text');
    bad('bad-frontmatter.md', '---\ntitle: [unclosed\n---\nBody text of the article goes here.\n', 'malformed-front-matter');
    bad('bad-image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'unsupported-format');
    // Many truncated copies: the sample cut inside a multi-byte character at various points.
    const bytes = Buffer.from(sampleText);
    for (let k = 1; k <= 12; k++) {
      let cut = Math.floor((bytes.length * k) / 13);
      while ((bytes[cut]! & 0xc0) !== 0x80) cut++; // land on a continuation byte: the cut splits a character
      bad(`sub/bad-truncated-${String(k).padStart(2, '0')}.txt`, bytes.subarray(0, cut), 'truncated');
    }
    symlinkSync(SAMPLE, path.join(dir, 'link.txt'));
    expectedBad[path.join(dir, 'link.txt')] = 'symlink';
    results = await all([dir], { maxBytes: 50_000 });
  });

  it('ingests every good file', () => {
    const ok = results.filter((r) => r.ok).map((r) => (r as { document: NewsDocument }).document.path);
    expect(ok.sort()).toEqual(good.map((g) => path.join(dir, g)).sort());
  });

  it('reports every bad file with its specific reason', () => {
    const bad = Object.fromEntries(results.filter((r) => !r.ok).map((r) => [(r as { path: string }).path, (r as { reason: string }).reason]));
    expect(bad).toEqual(expectedBad);
  });

  it('walks in sorted, deterministic order', async () => {
    const paths = results.map((r) => (r.ok ? r.document.path : r.path));
    const again = (await all([dir], { maxBytes: 50_000 })).map((r) => (r.ok ? r.document.path : r.path));
    expect(again).toEqual(paths);
    const top = paths.filter((p) => path.dirname(p) === dir).map((p) => path.basename(p));
    expect(top).toEqual([...top].sort());
  });

  it('gives failures an IngestError whose message says what to do', () => {
    for (const r of results) {
      if (r.ok) continue;
      expect(r.error).toBeInstanceOf(IngestError);
      expect(r.error.reason).toBe(r.reason);
      expect(r.error.message).toMatch(/^ingest: .+; .+/);
    }
  });

  it('follows symbolic links when asked', async () => {
    const rs = await all([path.join(dir, 'link.txt')], { followSymlinks: true });
    expect(rs[0]!.ok).toBe(true);
  });
});

describe('link boxes inside the text', () => {
  const PROSE_A = 'The trade ministry said on Monday that it would widen licence checks on memory chip exports.';
  const PROSE_B = 'Officials expect the new checks to start next month after a short consultation.';
  it.each([
    ['an English "Related coverage" box', 'Related coverage', ['Airline shares climb on fuel price dip', 'Storm closes ports along the coast']],
    ['a "Most Read from <site>" box', 'Most Read from The Daily Ledger', ['Central Bank Holds Rates Steady', 'Rivals Race to Build Cheaper Phones']],
    ['a Korean "많이 본 뉴스" box with list markers', '많이 본 뉴스', ['· 주말 날씨 전국 맑음…큰 일교차', '· 프로농구 개막전 매진']],
  ])('removes %s between paragraphs and keeps the prose after it', (_name, heading, items) => {
    const doc = ingestText(['Ministry widens chip export checks', PROSE_A, heading, ...items, PROSE_B].join('\n'));
    expect(doc.text.split('\n')).toEqual(['Ministry widens chip export checks', PROSE_A, PROSE_B]);
    expect(doc.removed.map((r) => r.reason)).toEqual(['link-box heading', ...items.map(() => 'link-box (related headlines)')]);
  });

  it('does not take a sentence that starts with a heading word for a box', () => {
    const line = 'Related companies said they would cut prices next quarter.';
    expect(ingestText(['Ministry widens chip export checks', PROSE_A, line, PROSE_B].join('\n')).text).toContain(line);
  });
});

describe('ingestText and options', () => {
  it('cleans in-memory text with given metadata', () => {
    const doc = ingestText('Seoul moves to curb exports\nThe government said on Monday it would tighten export rules for chip materials.', { published: '2023-07-03', source: 'Wire', path: 'mem' });
    expect(doc.meta).toMatchObject({ title: 'Seoul moves to curb exports', published: '2023-07-03', source: 'Wire', lang: 'en', format: 'txt' });
    expect(doc.path).toBe('mem');
  });

  it('throws IngestError with a reason for empty text', () => {
    expect(() => ingestText('   ')).toThrow(IngestError);
    try { ingestText(''); } catch (e) { expect((e as IngestError).reason).toBe('empty'); }
  });

  it('rejects unknown and invalid options', async () => {
    await expect(all([SAMPLE], { nope: 1 } as never)).rejects.toThrow(OptionsError);
    await expect(all([SAMPLE], { maxBytes: -1 })).rejects.toThrow(/maxBytes/);
  });

  it('documents a 5 MiB default size limit', () => {
    expect(DEFAULT_INGEST_OPTIONS.maxBytes).toBe(5 * 1024 * 1024);
    expect(DEFAULT_INGEST_OPTIONS.followSymlinks).toBe(false);
  });

  it.each([
    ['미국이 중국을 겨냥해 AI 반도체 수출을 제한했다.', 'ko'],
    ['The United States restricted AI chip exports to China.', 'en'],
    ['中国商务部宣布对镓和锗实施出口管制。', 'und'],
  ])('detects the language of %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});
