// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectResources, createI18n, initialLanguage } from '../../../src/renderer/i18n';
import { formatCount, formatDateTime, formatPercent } from '../../../src/renderer/i18n/format';

describe('i18n setup', () => {
  it('turns each feature folder into a namespace and the shell strings into "app"', () => {
    const resources = collectResources(
      {
        '../features/start/locales/en.json': { hello: 'Hello' },
        '../features/start/locales/ja.json': { hello: 'こんにちは' },
        '../features/report/locales/en.json': { title: 'Report' },
      },
      { './locales/en.json': { loading: 'Loading' } },
    );
    const { terms: enTerms, ...en } = resources.en!;
    const { terms: jaTerms, ...ja } = resources.ja!;
    expect({ en, ja }).toEqual({
      en: { start: { hello: 'Hello' }, report: { title: 'Report' }, app: { loading: 'Loading' } },
      ja: { start: { hello: 'こんにちは' } },
    });
    // The terminology table is the namespace "terms", in both languages.
    expect(enTerms).toMatchObject({ debtTax: 'Debt tax' });
    expect(jaTerms).toMatchObject({ debtTax: '負債税' });
  });

  it('starts in the remembered language, else the system locale', () => {
    expect(initialLanguage('en', 'ja-JP')).toBe('en');
    expect(initialLanguage(null, 'ja-JP')).toBe('ja');
    expect(initialLanguage(null, 'ja')).toBe('ja');
    expect(initialLanguage(null, 'de-DE')).toBe('en');
  });

  it('has every English key in Japanese too, for every namespace', async () => {
    const i18n = await createI18n('en');
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
        : [prefix.slice(0, -1).replace(/_(one|other|zero|few|many|two)$/, '')];
    for (const namespace of ['app', 'start']) {
      const en = new Set(keys(i18n.getResourceBundle('en', namespace)));
      const ja = new Set(keys(i18n.getResourceBundle('ja', namespace)));
      expect(
        [...en].filter((key) => !ja.has(key)),
        namespace,
      ).toEqual([]);
    }
  });

  it('switches language and marks the document', async () => {
    const i18n = await createI18n('en');
    expect(i18n.t('start:appTitle')).toBe('VPoE Simulator');
    await i18n.changeLanguage('ja');
    expect(i18n.t('start:appTitle')).toBe('VPoE シミュレーター');
    expect(document.documentElement.lang).toBe('ja');
  });
});

describe('names in Japanese sentences', () => {
  it('sets a Latin name off from the Japanese after it, and leaves a Japanese one alone', async () => {
    const ja = await createI18n('ja');
    expect(ja.t('events:requestFrom', { stakeholder: 'CEO' })).toBe('CEO からの依頼');
    expect(ja.t('events:requestFrom', { stakeholder: '人事責任者' })).toBe('人事責任者からの依頼');
    expect(ja.t('help:whatIsThis', { term: 'Rule of 40' })).toBe('Rule of 40 とは');
    const en = await createI18n('en');
    expect(en.t('events:requestFrom', { stakeholder: 'CEO' })).toBe('Request from the CEO');
  });
});

describe('locale formatting', () => {
  it('formats counts and percentages per language', () => {
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatPercent(0.125, 'en', 1)).toBe('12.5%');
  });

  it('formats times and leaves an unreadable one as it is', () => {
    expect(formatDateTime('2026-11-23T20:00:00Z', 'en')).toMatch(/Nov 2[34], 2026/);
    expect(formatDateTime('not a time', 'ja')).toBe('not a time');
  });
});

describe('the skill percentile in words', () => {
  it('says a result that beats none of the reference runs in so many words, in both languages', async () => {
    const en = await createI18n('en');
    const ja = await createI18n('ja');
    expect(en.t('luck:skillPercentile', { count: 0, percentile: '0' })).toContain('beats none');
    expect(ja.t('luck:skillPercentile', { count: 0, percentile: '0' })).toBe(
      '同じシードでバランス型のリファレンス方針が出した結果を、あなたの結果はひとつも上回りませんでした。',
    );
    expect(ja.t('luck:skillPercentile', { count: 40, percentile: '40' })).toBe(
      '同じシードでバランス型のリファレンス方針が出した結果の40%を、あなたの結果が上回っています。',
    );
    expect(en.t('luck:skillPercentile', { count: 1, percentile: '1' })).toContain('above 1%');
  });
});
