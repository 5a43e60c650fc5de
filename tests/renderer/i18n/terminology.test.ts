import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import terminology from '../../../src/renderer/i18n/terminology.json';

const ROOT = join(__dirname, '../../..');

/** Every file whose text a player reads: the app's locales, the engine's texts, the scenarios. */
function playerTextFiles(): string[] {
  const walk = (dir: string, keep: (f: string) => boolean): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path, keep);
      return keep(path) ? [path] : [];
    });
  return [
    ...walk(join(ROOT, 'src/renderer'), (f) => /[/\\]locales[/\\][a-z]{2}\.json$/.test(f)),
    ...walk(join(ROOT, 'src/sim'), (f) => f.endsWith('.ts')),
    ...walk(join(ROOT, 'src/server'), (f) => f.endsWith('.ts')),
    // The built-in scenarios and their deck. A scenario's hash (texts included) is in every save
    // of it, but a save whose scenario changed only its wording replays to the same game and
    // opens as saved (tests/sim/save.test.ts), so the built-in files are reworded like any text.
    ...walk(join(ROOT, 'scenarios'), (f) => f.endsWith('.json') && !/[/\\]plans[/\\]/.test(f)),
  ];
}

type Term = { en: string; ja: string; avoid?: { en?: string[]; ja?: string[] } };
const TERMS = terminology.terms as Record<string, Term>;

describe('the terminology table (one term per concept)', () => {
  it('gives every glossary entry its term in both languages', () => {
    for (const language of ['en', 'ja']) {
      const help = JSON.parse(
        readFileSync(join(ROOT, `src/renderer/features/help/locales/${language}.json`), 'utf8'),
      ) as { glossary: Record<string, unknown> };
      for (const id of Object.keys(help.glossary)) {
        expect(TERMS[id], `glossary "${id}" has no term`).toBeDefined();
        expect(TERMS[id]![language as 'en' | 'ja'].length).toBeGreaterThan(0);
      }
    }
  });

  it('finds none of the listed synonyms anywhere in the text a player reads', () => {
    const found: string[] = [];
    for (const file of playerTextFiles()) {
      const lines = readFileSync(file, 'utf8').split('\n');
      for (const [id, term] of Object.entries(TERMS))
        for (const word of [...(term.avoid?.ja ?? []), ...(term.avoid?.en ?? [])])
          lines.forEach((line, i) => {
            if (line.includes(word))
              found.push(
                `${relative(ROOT, file)}:${i + 1}: "${word}" (say "${term.ja}" / "${term.en}", ${id})`,
              );
          });
    }
    expect(found).toEqual([]);
  });

  it('never tells the player about an "engine": they play a simulation model', () => {
    const found: string[] = [];
    for (const file of playerTextFiles().filter((f) => f.endsWith('.json')))
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/\bengines?\b|エンジン/i.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}`);
        });
    expect(found).toEqual([]);
  });

  it('lists no synonym that is also a term', () => {
    const terms = new Set(Object.values(TERMS).flatMap((t) => [t.en, t.ja]));
    for (const t of Object.values(TERMS))
      for (const word of [...(t.avoid?.ja ?? []), ...(t.avoid?.en ?? [])])
        expect(terms.has(word), word).toBe(false);
  });
});
