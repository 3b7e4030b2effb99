// Autocomplete over English names, Korean names and aliases.
import type { PageGraph } from '../serve/page-graph.js';
import { el } from './dom.js';

interface Entry {
  node: string;
  text: string;
  key: string;
  kind: 'name' | 'ko' | 'alias';
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export class SearchIndex {
  private entries: Entry[] = [];

  constructor(private graph: PageGraph) {
    graph.forEachNode((node, a) => {
      const seen = new Set<string>();
      const push = (text: string | undefined, kind: Entry['kind']) => {
        if (!text) return;
        const key = norm(text);
        if (!key || seen.has(key)) return;
        seen.add(key);
        this.entries.push({ node, text, key, kind });
      };
      push(a.name, 'name');
      push(a.nameKo, 'ko');
      for (const alias of a.aliases ?? []) push(alias, 'alias');
    });
  }

  /** Best matches, one per node: prefix before substring, names before aliases, well-connected first. */
  query(q: string, limit = 12, allowed?: (node: string) => boolean): Entry[] {
    const k = norm(q);
    if (!k) return [];
    const best = new Map<string, { e: Entry; score: number }>();
    for (const e of this.entries) {
      const i = e.key.indexOf(k);
      if (i < 0 || (allowed && !allowed(e.node))) continue;
      const score = (i === 0 ? 0 : e.key.includes(` ${k}`) ? 1 : 2) * 10 + (e.kind === 'alias' ? 1 : 0) + (e.key === k ? -20 : 0);
      const prev = best.get(e.node);
      if (!prev || score < prev.score) best.set(e.node, { e, score });
    }
    return [...best.values()]
      .sort((x, y) => x.score - y.score || this.graph.degree(y.e.node) - this.graph.degree(x.e.node) || x.e.key.localeCompare(y.e.key))
      .slice(0, limit)
      .map((x) => x.e);
  }
}

/** Wire an input to a listbox of suggestions; `onPick` receives the node id. */
export function attachAutocomplete(
  input: HTMLInputElement,
  list: HTMLUListElement,
  index: SearchIndex,
  label: (node: string) => string,
  onPick: (node: string) => void,
): void {
  let items: Entry[] = [];
  let active = -1;
  const close = () => { list.hidden = true; active = -1; input.setAttribute('aria-expanded', 'false'); };
  const pick = (i: number) => {
    const e = items[i];
    if (!e) return;
    input.value = label(e.node);
    close();
    onPick(e.node);
  };
  const render = () => {
    list.replaceChildren();
    items.forEach((e, i) => {
      const li = el('li', { role: 'option', className: i === active ? 'active' : '' });
      li.dataset.node = e.node;
      li.append(el('span', { className: 'name', textContent: label(e.node) }));
      if (norm(label(e.node)) !== e.key) li.append(el('span', { className: 'via', textContent: ` ${e.text}` }));
      li.addEventListener('mousedown', (ev) => { ev.preventDefault(); pick(i); });
      list.append(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  input.addEventListener('input', () => { items = index.query(input.value); active = items.length ? 0 : -1; render(); });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!items.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
      ev.preventDefault();
    } else if (ev.key === 'Enter') {
      pick(active < 0 ? 0 : active);
      ev.preventDefault();
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
