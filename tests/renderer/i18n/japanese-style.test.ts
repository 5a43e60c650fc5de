import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The typography of the Japanese a player reads, stated once in terminology.json's $comment and
 * checked here over every Japanese text: the app's locales, the engine's and the server's texts
 * (every string literal with Japanese in it, found by the TypeScript parser), the built-in
 * scenarios, the dilemma and request deck and the terminology table itself.
 */
const ROOT = join(__dirname, '../../..');
const JAPANESE = /[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff\u3005]/;
// A placeholder ({{n}}, {due}, ${...}, $t(...)) says nothing about its neighbours' typography.
const PLACEHOLDER = /\{\{[^}]*\}\}|\$t\([^)]*\)|\{[a-zA-Z]+\}/g;
const HOLE = '\u{E000}';

function walk(dir: string, keep: (f: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path, keep);
    return keep(path) ? [path] : [];
  });
}

type Text = { where: string; ja: string; en?: string };

/** The built-in scenario files (scenarios/*.json; plans and the deck live in folders beside them). */
const BUILT_IN_SCENARIOS = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => join(ROOT, 'scenarios', f));

const flatten = (value: unknown, prefix = ''): [string, string][] =>
  typeof value === 'string'
    ? [[prefix, value]]
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k))
      : [];

/** Every ja locale string, beside its English (the same key, or a plural form of it). */
function localeTexts(): Text[] {
  return walk(join(ROOT, 'src/renderer'), (f) => /[/\\]locales[/\\]ja\.json$/.test(f)).flatMap(
    (file) => {
      const en = Object.fromEntries(
        flatten(JSON.parse(readFileSync(file.replace(/ja\.json$/, 'en.json'), 'utf8'))),
      );
      return flatten(JSON.parse(readFileSync(file, 'utf8'))).map(([key, ja]) => ({
        where: `${relative(ROOT, file)} ${key}`,
        ja,
        en: en[key] ?? en[key.replace(/_[a-z]+$/, '_other')],
      }));
    },
  );
}

/** Every { en, ja } pair of the deck and the terminology table. */
function pairTexts(file: string): Text[] {
  const found: Text[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (typeof value === 'object' && value !== null) {
      const o = value as Record<string, unknown>;
      if (typeof o.ja === 'string')
        found.push({
          where: `${relative(ROOT, file)} ${path}`,
          ja: o.ja,
          en: typeof o.en === 'string' ? o.en : undefined,
        });
      for (const [k, v] of Object.entries(o)) visit(v, path ? `${path}.${k}` : k);
    }
  };
  visit(JSON.parse(readFileSync(file, 'utf8')), '');
  return found;
}

/** Every string literal with Japanese in the app's TypeScript (template holes made neutral). */
function sourceTexts(): Text[] {
  const files = ['src/sim', 'src/server', 'src/shared', 'src/renderer', 'src/main'].flatMap((d) =>
    walk(join(ROOT, d), (f) => /\.tsx?$/.test(f)),
  );
  const found: Text[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!JAPANESE.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      let literal: string | undefined;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text;
      else if (ts.isTemplateExpression(node))
        literal = node.head.text + node.templateSpans.map((s) => HOLE + s.literal.text).join('');
      if (literal !== undefined && JAPANESE.test(literal)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ where: `${relative(ROOT, file)}:${line}`, ja: literal });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const TEXTS: Text[] = [
  ...localeTexts(),
  ...walk(join(ROOT, 'scenarios/deck'), (f) => f.endsWith('.json')).flatMap(pairTexts),
  ...BUILT_IN_SCENARIOS.flatMap(pairTexts),
  ...pairTexts(join(ROOT, 'src/renderer/i18n/terminology.json')),
  ...sourceTexts(),
];

const J = JAPANESE.source;
// A number on its own (not the tail of a Latin word such as Sev1, B2B or 1on1).
const NUMBER = String.raw`(?<![A-Za-z0-9.,])[0-9][0-9.,]*%?(?![A-Za-z0-9])`;
const RULES: { rule: string; bad: RegExp }[] = [
  {
    rule: 'a number is written against Japanese: 3四半期, 5件, 第2四半期',
    bad: new RegExp(`${J} +${NUMBER}|(?<!\\b[A-Za-z]+ )${NUMBER} +${J}`),
  },
  {
    rule: 'a Latin word is set off from Japanese by one space: SLO 達成率, CTO の信頼',
    bad: new RegExp(`[A-Za-z]${J}|${J}[A-Za-z]`),
  },
  { rule: 'full-width parentheses （…） with no space around them', bad: /[()]| [（）]|[（）] / },
  { rule: 'full-width question mark ？', bad: /\?/ },
  { rule: 'half-width colon and a space ": "', bad: /：|:(?=[^ /\d])/ },
  { rule: 'no space beside 、。「」', bad: / [、。「」]|[、。「」] / },
  {
    rule: 'half-width letters, digits, % and ¥; 〜 for ranges',
    bad: /[０-９Ａ-Ｚａ-ｚ％￥～\u3000]/,
  },
];

describe('Japanese typography (the rules in the terminology table)', () => {
  it('finds Japanese texts in every place a player reads them', () => {
    const where = (prefix: string) => TEXTS.filter((t) => t.where.startsWith(prefix)).length;
    expect(where('src/renderer/features/')).toBeGreaterThan(500);
    expect(where('scenarios/deck/')).toBeGreaterThan(100);
    expect(TEXTS.filter((t) => /^scenarios\/[a-z-]+\.json /.test(t.where)).length).toBeGreaterThan(
      150,
    );
    expect(where('src/sim/')).toBeGreaterThan(200);
  });

  it.each(RULES)('$rule', ({ bad }) => {
    const found = TEXTS.filter(({ ja }) => bad.test(ja.replace(PLACEHOLDER, HOLE))).map(
      ({ where, ja }) => `${where}: ${ja}`,
    );
    expect(found).toEqual([]);
  });

  it('catches each kind of mistake it is there for', () => {
    const broken = [
      '残り 3四半期',
      '3 件',
      'SLO達成率',
      'CTOの信頼',
      '離職率(年率)',
      '約束しますか?',
      '理由：',
      '１件',
    ];
    for (const text of broken)
      expect(
        RULES.some(({ bad }) => bad.test(text)),
        text,
      ).toBe(true);
    const fine = [
      '第3四半期',
      'SLO 達成率',
      'Rule of 40 を満たす',
      'Sev1 インシデント',
      '離職率（年率）',
      '1on1 とコーチング',
      '合計100%で、1つ',
    ];
    for (const text of fine)
      expect(
        RULES.filter(({ bad }) => bad.test(text)),
        text,
      ).toEqual([]);
  });

  it('keeps the same placeholders in Japanese as in English', () => {
    const names = (s: string) =>
      [...s.matchAll(/\{\{\s*([a-zA-Z]+)[^}]*\}\}|\{([a-zA-Z]+)\}|\$t\(([^)]*)\)/g)]
        .map((m) => m[1] ?? m[2] ?? m[3])
        .filter((n) => n !== 'count')
        .sort();
    const found = TEXTS.filter((t) => t.en !== undefined)
      .filter(({ en, ja }) => names(en!).join() !== names(ja).join())
      .map(({ where, en, ja }) => `${where}: "${en}" / "${ja}"`);
    expect(found).toEqual([]);
  });
});
