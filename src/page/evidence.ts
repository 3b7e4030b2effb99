// The evidence panel: supporting sentences with subject/object/predicate highlighted.
// Article text only ever reaches the DOM through textContent / text nodes.
import type { DocumentRecord, EvidenceRecord } from '../graph/model.js';
import type { PageEdgeAttributes, PageGraph } from '../serve/page-graph.js';
import type { Span } from '../types/index.js';
import { MODALITY_COLORS } from './appearance.js';
import { el } from './dom.js';

type Role = 'subj' | 'obj' | 'pred';

/** A document-offset span as sentence offsets, checked against the text; falls back to a search, else dropped. */
export function localSpan(sentence: string, sentenceStart: number, span: Span | undefined): [number, number] | null {
  if (!span || !span.text) return null;
  const a = span.start - sentenceStart;
  const b = span.end - sentenceStart;
  if (a >= 0 && b <= sentence.length && a < b && sentence.slice(a, b) === span.text) return [a, b];
  const i = sentence.indexOf(span.text);
  return i >= 0 ? [i, i + span.text.length] : null;
}

export function highlightedSentence(ev: EvidenceRecord): HTMLElement {
  const q = el('blockquote', { className: 'sentence', lang: ev.lang === 'und' ? '' : ev.lang });
  const marks: Array<[number, number, Role]> = [];
  const add = (span: Span | undefined, role: Role) => {
    const r = localSpan(ev.sentence, ev.start, span);
    if (r) marks.push([r[0], r[1], role]);
  };
  add(ev.subjectSpan, 'subj');
  add(ev.objectSpan, 'obj');
  add(ev.predicateSpan, 'pred');
  marks.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  let at = 0;
  for (const [a, b, role] of marks) {
    if (a < at) continue; // overlapping span: keep the first
    if (a > at) q.append(document.createTextNode(ev.sentence.slice(at, a)));
    q.append(el('mark', { className: role, textContent: ev.sentence.slice(a, b), title: role === 'subj' ? 'subject' : role === 'obj' ? 'object' : 'predicate' }));
    at = b;
  }
  if (at < ev.sentence.length) q.append(document.createTextNode(ev.sentence.slice(at)));
  return q;
}

/** Only http(s) links: a document URL comes from article metadata and must not become javascript:. */
function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function documentLine(doc: DocumentRecord | undefined, ev: EvidenceRecord): HTMLElement {
  const line = el('div', { className: 'doc' });
  const title = doc?.title || doc?.path || ev.docId;
  const href = safeUrl(doc?.url);
  if (href) line.append(el('a', { href, textContent: title, target: '_blank', rel: 'noopener noreferrer' }));
  else line.append(el('span', { className: 'doc-title', textContent: title }));
  const bits = [doc?.source, ev.date ?? doc?.published, ev.lang, `conf ${ev.confidence.toFixed(2)}`];
  if (ev.attribution) bits.push(`per ${ev.attribution}`);
  line.append(el('span', { className: 'meta', textContent: ` · ${bits.filter(Boolean).join(' · ')}` }));
  return line;
}

export interface EdgeEvidenceOptions {
  label: (node: string) => string;
  passes: (ev: EvidenceRecord) => boolean;
}

/** One statement with its supporting sentences (`evidence`: fetched from the server; undefined when it has none). */
export function edgeEvidence(graph: PageGraph, edge: string, evidence: EvidenceRecord[] | undefined, o: EdgeEvidenceOptions): HTMLElement {
  const a: PageEdgeAttributes = graph.getEdgeAttributes(edge);
  const documents = graph.getAttribute('documents') ?? {};
  const box = el('section', { className: 'edge-evidence' });
  box.dataset.edge = edge;
  const head = el('h3');
  head.append(
    el('span', { className: 'ent subj', textContent: o.label(graph.source(edge)) }),
    el('span', { className: 'rel', textContent: ` ${a.relation} ` }),
    el('span', { className: 'ent obj', textContent: o.label(graph.target(edge)) }),
  );
  const badge = el('span', { className: 'modality', textContent: a.modality });
  badge.style.background = MODALITY_COLORS[a.modality] ?? '#888';
  head.append(' ', badge);
  box.append(head);
  if (!evidence) {
    box.append(el('p', { className: 'note', textContent: 'The server no longer has this statement: the graph file changed. Reload the page.' }));
    return box;
  }
  const shown = evidence.filter(o.passes);
  const list = el('ol', { className: 'evidence' });
  for (const ev of shown) {
    const li = el('li');
    li.append(highlightedSentence(ev), documentLine(documents[ev.docId], ev));
    if (ev.predicate) li.append(el('div', { className: 'meta', textContent: `predicate: ${ev.predicate}` }));
    list.append(li);
  }
  box.append(list);
  if (shown.length < evidence.length) {
    box.append(el('p', { className: 'note', textContent: `${evidence.length - shown.length} more sentence(s) hidden by the filters.` }));
  }
  return box;
}
