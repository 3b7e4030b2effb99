import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EntityLinker, Gazetteer, USER_GAZETTEER_FILE } from '../src/entities/index.js';
import { DataFileError } from '../src/errors.js';

const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'entities');
const fixture = (name: string) => path.join(FIX, name);
const load = (...files: string[]) => Gazetteer.load({ extraFiles: files.map(fixture), useWorkingDirFile: false });

function errorOf(fn: () => unknown): DataFileError {
  try { fn(); } catch (err) { if (err instanceof DataFileError) return err; throw err; }
  throw new Error('expected a DataFileError');
}

describe('gazetteer validation names file, entry and reason', () => {
  it.each([
    ['bad-type.yaml', [/bad-type\.yaml/, /"Acme Semiconductor"/, /type/, /Company, Organization/]],
    ['missing-name.yaml', [/missing-name\.yaml/, /entity #1 \(no name\)/, /must have required property 'name'/]],
    ['unknown-parent.yaml', [/unknown-parent\.yaml/, /"Acme Cloud"/, /parent "acme-semiconductor"/]],
    ['duplicate-id.yaml', [/duplicate-id\.yaml/, /"ACME"/, /id "acme"/, /same file/]],
    ['duplicate-qid.yaml', [/duplicate-qid\.yaml/, /"Nvidia Corp"/, /Q182477/, /"Nvidia"/]],
    ['bad-iso.yaml', [/bad-iso\.yaml/, /iso XX/]],
    ['not-yaml.yaml', [/cannot parse .*not-yaml\.yaml/]],
  ])('%s', (file, patterns) => {
    const err = errorOf(() => load(file));
    for (const p of patterns) expect(err.message).toMatch(p);
    expect(err.message.startsWith('data: ')).toBe(true);
  });

  it('a missing --gazetteer file says which path to check', () => {
    expect(errorOf(() => load('no-such-file.yaml')).message).toMatch(/no-such-file\.yaml does not exist; check the --gazetteer path/);
  });
});

describe('gazetteer content', () => {
  const g = Gazetteer.load({ useWorkingDirFile: false });

  it('takes every ISO country from i18n-iso-countries, in English and Korean', () => {
    const countries = [...g.entries.values()].filter((e) => e.type === 'Country');
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(g.get('germany')).toMatchObject({ name: 'Germany', nameKo: '독일' });
    expect(g.get('south-korea')).toMatchObject({ nameKo: '한국', qid: 'Q884' });
    expect(g.get('south-korea')!.aliasesKo).toContain('대한민국');
  });

  it('gives every entry with a Korean name a labelKo in its ref', () => {
    const linker = new EntityLinker(g);
    const missing = [...g.entries.values()].filter((e) => e.nameKo && linker.ref(e).labelKo !== e.nameKo);
    expect(missing).toEqual([]);
  });

  it('has a Korean name for every entry of the domain file', () => {
    const noKo = [...g.entries.values()].filter((e) => e.source.endsWith('gazetteer.yaml') && !e.nameKo).map((e) => e.id);
    expect(noKo).toEqual([]);
  });

  it('keeps parents resolvable and ids unique per Wikidata item', () => {
    const qids = new Map<string, string>();
    for (const e of g.entries.values()) {
      if (e.parent) expect(g.get(e.parent)).toBeDefined();
      if (e.qid) { expect(qids.get(e.qid)).toBeUndefined(); qids.set(e.qid, e.id); }
    }
  });

  it('builds state phrases from demonyms and names (Chinese government, 중국 당국) but not from a bare demonym', () => {
    const linker = new EntityLinker(g);
    for (const s of ['Chinese government', 'Chinese authorities', 'Dutch government', 'Japanese officials', '중국 당국', '네덜란드 정부']) {
      expect([s, linker.exact(s)?.type]).toEqual([s, 'Country']);
    }
    expect(linker.exact('Chinese')).toBeUndefined();
    expect(linker.exact('Chinese companies')?.id).toBe('chinese-companies');
  });
});

describe('user gazetteer files', () => {
  it('add entries, add country aliases and replace entries by id; a later file wins', () => {
    const g = load('user.yaml');
    expect(g.get('moore-threads')).toMatchObject({ nameKo: '무어스레드', source: fixture('user.yaml') });
    expect(g.get('h20')!.aliasesKo).toEqual(['H20 칩']);
    expect(g.get('china')!.aliasesKo).toEqual(expect.arrayContaining(['중공', '中'])); // built-in aliases kept
    expect(load('user.yaml', 'user2.yaml').get('moore-threads')).toMatchObject({ nameKo: '무어 스레드', source: fixture('user2.yaml') });
  });

  it('picks up newsgraph.gazetteer.yaml from the working directory', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ng-gaz-'));
    writeFileSync(path.join(dir, USER_GAZETTEER_FILE), 'entities:\n  - { name: Biren Technology, type: Company, name_ko: 비렌테크놀로지 }\n');
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      expect(Gazetteer.load().get('biren-technology')?.nameKo).toBe('비렌테크놀로지');
      expect(Gazetteer.load({ useWorkingDirFile: false }).get('biren-technology')).toBeUndefined();
    } finally {
      process.chdir(cwd);
    }
  });

  it('reports a bad entry in the working-directory file by its path', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ng-gaz-'));
    writeFileSync(path.join(dir, USER_GAZETTEER_FILE), 'entities:\n  - { name: Nobody, type: Persn }\n');
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const err = errorOf(() => Gazetteer.load());
      expect(err.message).toContain(USER_GAZETTEER_FILE);
      expect(err.message).toMatch(/entities\[0\]\.type \("Nobody"\): must be equal to one of the allowed values/);
    } finally {
      process.chdir(cwd);
    }
  });
});
