// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { KpiDelta } from '../../src/renderer/components/KpiDelta';
import { shownChange, type FormatContext } from '../../src/renderer/components/format';
import { createTestI18n } from './testI18n';

afterEach(cleanup);
const en: FormatContext = { locale: 'en-US', currency: 'USD' };
const ja: FormatContext = { locale: 'ja-JP', currency: 'JPY' };

describe('a change as shown', () => {
  it('is no change when it rounds to nothing: availability 100% "−0%" was shown with a red arrow', () => {
    expect(shownChange(-0.000_001, 'availability', en)).toEqual({ text: '±0%', sign: 0 });
    expect(shownChange(0, 'fraction', en)).toEqual({ text: '±0%', sign: 0 });
  });

  it('keeps its sign and unit when it shows', () => {
    expect(shownChange(-0.0005, 'availability', en)).toEqual({ text: '−0.05%', sign: -1 });
    expect(shownChange(1_500_000, 'money', en)).toEqual({ text: '+$1.5M', sign: 1 });
    expect(shownChange(-150_000_000, 'money', ja)).toEqual({ text: '−1.5億円', sign: -1 });
  });

  it('colours and points the arrow by the change shown', async () => {
    const i18n = await createTestI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <KpiDelta delta={-0.000_001} unit="availability" better="up" format={en} />
        <KpiDelta delta={-0.01} unit="availability" better="up" format={en} />
      </I18nextProvider>,
    );
    const [tiny, real] = Array.from(document.querySelectorAll('.kpi-delta'));
    expect(tiny!.getAttribute('data-direction')).toBe('flat');
    expect(tiny!.textContent).toContain('▶');
    expect(real!.getAttribute('data-direction')).toBe('bad');
    expect(real!.textContent).toContain('▼');
    expect(screen.getAllByText(/−1%|±0%/).length).toBe(2);
  });
});
