// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { useState } from 'react';
import { AllocationSliders } from '../../src/renderer/features/decisions/AllocationSliders';
import { createTestI18n } from './testI18n';

type Key = 'features' | 'debt' | 'reliability';
const shares = [
  { key: 'features' as const, label: 'Features' },
  { key: 'debt' as const, label: 'Debt paydown' },
  { key: 'reliability' as const, label: 'Reliability' },
];

function Harness() {
  const [value, setValue] = useState<Record<Key, number>>({
    features: 70,
    debt: 20,
    reliability: 10,
  });
  return <AllocationSliders shares={shares} value={value} onChange={setValue} />;
}

afterEach(cleanup);

describe('AllocationSliders', () => {
  it('rebalances the other sliders so the total stays 100%', async () => {
    const i18n = await createTestI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <Harness />
      </I18nextProvider>,
    );
    fireEvent.change(screen.getByLabelText('Debt paydown'), { target: { value: '50' } });
    expect((screen.getByLabelText('Debt paydown') as HTMLInputElement).value).toBe('50');
    const features = Number((screen.getByLabelText('Features') as HTMLInputElement).value);
    const reliability = Number((screen.getByLabelText('Reliability') as HTMLInputElement).value);
    expect(features + reliability).toBe(50);
    expect(features).toBeGreaterThan(reliability);
    expect(screen.getByTestId('allocation-total').textContent).toBe('Total 100%');
  });

  it('speaks Japanese when the language is Japanese', async () => {
    const i18n = await createTestI18n('ja');
    render(
      <I18nextProvider i18n={i18n}>
        <Harness />
      </I18nextProvider>,
    );
    expect(screen.getByText('開発キャパシティの配分')).toBeTruthy();
    expect(screen.getByTestId('allocation-total').textContent).toBe('合計100%');
  });
});
