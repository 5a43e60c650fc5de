// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { QuarterHighlight } from '../../../src/sim/index';
import { QuarterHighlights } from '../../../src/renderer/features/report/QuarterHighlights';
import { createTestI18n } from '../testI18n';

afterEach(cleanup);

const highlights: QuarterHighlight[] = [
  { tier: 1, kind: 'incident', severity: 1, minutes: 1045 },
  {
    tier: 1,
    kind: 'commitment',
    met: false,
    stakeholder: 'cpo',
    title: { en: 'Ship the roadmap', ja: 'ロードマップを出荷' },
    measure: 'featuresDelivered',
    target: 26.1,
    actual: 18.4,
  },
  { tier: 2, kind: 'incident', severity: 2, minutes: 1 },
  { tier: 2, kind: 'leavers', count: 3 },
];

async function show(language: 'en' | 'ja', list: QuarterHighlight[]) {
  const i18n = await createTestI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <QuarterHighlights
        highlights={list}
        format={{ locale: language === 'ja' ? 'ja-JP' : 'en-US', currency: 'USD' }}
      />
    </I18nextProvider>,
  );
}

describe('the report names what happened', () => {
  it('lists incidents with severity and downtime, commitments with target and actual', async () => {
    await show('en', highlights);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Severity-1 incident: 1,045 minutes of downtime.',
      'Commitment to CPO missed: “Ship the roadmap”. Feature points delivered since you accepted: target 26.1, actual 18.4.',
      'Severity-2 incident: 1 minute of downtime.',
      '3 people left the company.',
    ]);
    expect(screen.queryByText(/Nothing out of the ordinary/)).toBeNull();
  });

  it('says the same in Japanese', async () => {
    await show('ja', highlights);
    const text = screen.getByTestId('highlights').textContent ?? '';
    expect(text).toContain('重大度1のインシデント: ダウンタイム1,045分。');
    expect(text).toContain('目標26.1、実績18.4');
    expect(text).toContain('3人が退職しました。');
  });

  it('calls a quarter quiet only when nothing happened', async () => {
    await show('en', []);
    expect(screen.getByText(/Nothing out of the ordinary/)).toBeTruthy();
  });
});
