// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { balancedPolicy, selectQuarterReport } from '../../../src/sim/index';
import { ReportView } from '../../../src/renderer/features/report/ReportView';
import { loadBuiltin } from '../../scenarios/builtin';
import { playUntil } from '../../sim/helpers';
import { createTestI18n } from '../testI18n';

afterEach(cleanup);

describe("the report's driver charts", () => {
  it('leave out the causes that moved nothing this quarter, and say how many', async () => {
    const game = playUntil(
      loadBuiltin('series-b-saas.json'),
      5,
      balancedPolicy,
      (g) => g.history.length === 2 && g.phase === 'planning',
    );
    const report = selectQuarterReport(game, 2);
    const features = report.drivers.find((d) => d.metric === 'featuresDelivered')!;
    const idle = features.parts.filter((p) => p.value === 0).length;
    expect(idle, 'a quarter where some causes of delivery moved nothing').toBeGreaterThan(0);
    const i18n = await createTestI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <ReportView game={game} quarter={2} format={{ locale: 'en-US', currency: 'USD' }} />
      </I18nextProvider>,
    );
    const note = screen.getByTestId('drivers-hidden-featuresDelivered');
    const count = Number(/^(\d+) cause/.exec(note.textContent ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(idle);
    expect(count).toBeLessThan(features.parts.length);
  });
});
