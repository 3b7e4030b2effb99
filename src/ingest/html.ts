// HTML → headline, metadata and text lines. Metadata comes from the page's meta tags and JSON-LD (read
// before Readability rewrites the DOM); the main text from @mozilla/readability; then each block is
// turned into a line, and blocks that are mostly link text (menus, related-article boxes) are dropped.
import { Readability } from '@mozilla/readability';
import { jsdom } from './jsdom.js';
import type { RemovedLine } from '../types/index.js';
import { normalizeDate, normalizeLine } from './furniture.js';

export interface HtmlExtract {
  title?: string;
  source?: string;
  author?: string;
  url?: string;
  published?: string;
  lines: string[];
  removed: RemovedLine[];
}

/** The charset a page declares in its first bytes (<meta charset> or http-equiv Content-Type). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i)?.[1];
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'DD', 'DT', 'DL', 'BR', 'HR', 'TBODY', 'THEAD',
]);
/** Never text of the article. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'FORM', 'BUTTON', 'SELECT', 'NAV', 'FIGCAPTION', 'CANVAS', 'OBJECT']);

/**
 * Walk a DOM subtree and cut it into text lines at block boundaries. List items get a "- " marker so the
 * furniture pass can recognise a trailing list. Lines whose text is mostly inside links are dropped.
 */
export function blocksToLines(root: Node, maxLinkDensity: number): { lines: string[]; removed: RemovedLine[] } {
  const lines: string[] = [];
  const removed: RemovedLine[] = [];
  let buf = '';
  let linkChars = 0;
  let prefix = '';
  const flush = (): void => {
    const text = normalizeLine(buf);
    const chars = text.replace(/\s/g, '').length;
    if (chars) {
      if (linkChars / chars > maxLinkDensity) removed.push({ text, reason: `link-density ${(linkChars / chars).toFixed(2)}` });
      else lines.push(prefix + text);
    }
    buf = '';
    linkChars = 0;
    prefix = '';
  };
  const walk = (node: Node, inLink: boolean): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      buf += t;
      if (inLink) linkChars += t.replace(/\s/g, '').length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const el = node as Element;
    const tag = el.tagName?.toUpperCase();
    if (tag && SKIP.has(tag)) return;
    if (tag === 'IMG') return;
    const block = tag ? BLOCK.has(tag) : false;
    if (block) flush();
    if (tag === 'LI') prefix = '- ';
    for (const child of Array.from(node.childNodes)) walk(child, inLink || tag === 'A');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return { lines, removed };
}

const quiet = (): import('jsdom').VirtualConsole => new (jsdom().VirtualConsole)(); // jsdom's CSS/parse complaints are not ours to print

interface JsonLd { headline?: unknown; datePublished?: unknown; author?: unknown; publisher?: unknown; url?: unknown }

function jsonLd(doc: Document): JsonLd {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data = JSON.parse(s.textContent ?? '') as unknown;
      const items = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === 'object' && '@graph' in d ? (d as { '@graph': unknown[] })['@graph'] : [d]));
      const art = items.find((d) => d && typeof d === 'object' && /Article|NewsArticle|Report/.test(String((d as { '@type'?: unknown })['@type'])));
      if (art) return art as JsonLd;
    } catch { /* broken JSON-LD is common; ignore */ }
  }
  return {};
}

const nameOf = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || undefined;
  if (v && typeof v === 'object' && 'name' in v) return nameOf((v as { name: unknown }).name);
  return undefined;
};

/** Extract an article from an HTML page. `lines` is empty when the page has no main text. */
export function extractHtml(html: string, opts: { maxLinkDensity: number; useReadability: boolean }): HtmlExtract {
  const dom = new (jsdom().JSDOM)(html, { virtualConsole: quiet() });
  const doc = dom.window.document;
  const meta = (sel: string): string | undefined => {
    const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
    return v || undefined;
  };
  const ld = jsonLd(doc);
  const siteName = meta('meta[property="og:site_name"]') ?? nameOf(ld.publisher) ?? meta('meta[name="application-name"]');
  let docTitle = doc.querySelector('title')?.textContent?.trim();
  if (docTitle) {
    // "<headline> - Site" / "<headline> | Site": drop the site part.
    const parts = docTitle.split(/\s+[|–—-]\s+|\s+::\s+/);
    if (parts.length > 1) docTitle = parts.sort((a, b) => b.length - a.length)[0];
  }
  const h1 = doc.querySelector('h1')?.textContent?.trim();
  const articleAuthor = meta('meta[property="article:author"]');
  const out: HtmlExtract = {
    title: meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? nameOf(ld.headline) ?? (h1 || undefined) ?? docTitle,
    source: siteName,
    author: meta('meta[name="author"]') ?? (articleAuthor && !/^https?:/.test(articleAuthor) ? articleAuthor : undefined) ?? nameOf(ld.author) ?? meta('meta[name="byl"]'),
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]') ?? (typeof ld.url === 'string' ? ld.url : undefined),
    published: normalizeDate(
      meta('meta[property="article:published_time"]') ?? meta('meta[name="article:published_time"]') ?? meta('meta[itemprop="datePublished"]')
        ?? (typeof ld.datePublished === 'string' ? ld.datePublished : undefined) ?? meta('meta[name="pubdate"]') ?? meta('meta[name="date"]')
        ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
    ),
    lines: [],
    removed: [],
  };

  let root: Node | undefined;
  if (opts.useReadability) {
    // The serializer hands back the content node itself, so it is walked without a re-parse.
    const article = new Readability<Node>(doc, { charThreshold: 200, serializer: (n) => n }).parse();
    if (article?.content && (article.textContent ?? '').trim()) {
      root = article.content;
      out.title ??= article.title ?? undefined;
      out.published ??= normalizeDate(article.publishedTime ?? undefined);
      out.source ??= article.siteName ?? undefined;
    }
  } else {
    root = doc.body ?? undefined;
  }
  if (root) {
    const { lines, removed } = blocksToLines(root, opts.maxLinkDensity);
    out.lines = lines;
    out.removed = removed;
  }
  dom.window.close();
  return out;
}
