// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { PendingEvent, RequestStakes } from '../../src/sim/index';
import { SmallRequestsDialog } from '../../src/renderer/features/events/SmallRequestsDialog';
import { createTestI18n } from './testI18n';

const options: PendingEvent['options'] = [
  {
    id: 'accept',
    label: { en: 'Accept as a commitment', ja: 'コミットメントとして受ける' },
    hint: { en: 'Judged at the end of quarter 4.', ja: '第4四半期の終わりに評価されます。' },
  },
  {
    id: 'decline',
    label: { en: 'Decline', ja: '断る' },
    hint: {
      en: "Costs 4 points of the CFO's trust now.",
      ja: 'CFO の信頼が今4ポイント下がります。',
    },
  },
];

const request = (id: string, stakeholder: 'cpo' | 'hr', title: string): PendingEvent => ({
  id,
  kind: 'request',
  sourceId: id,
  stakeholder,
  title: { en: title, ja: `${title}(日本語)` },
  body: { en: `${title}: the ask.`, ja: `${title}:依頼の内容。` },
  options,
  defaultOptionId: 'decline',
  small: true,
});

const scope = request('q2-r-cpo-roadmap-scope', 'cpo', 'More roadmap scope');
const retention = request('q2-r-hr-retention', 'hr', 'Bring attrition down');

const stakes: Record<string, RequestStakes> = {
  [scope.id]: {
    stakeholder: 'cpo',
    measure: 'featuresDelivered',
    direction: 'at-least',
    target: 14.4,
    dueQuarter: 3,
    quarters: 1,
    atCurrentPace: 12,
    ratioToPace: 1.2,
    trust: { accept: 3, decline: -3, met: 7, missed: -9 },
  },
  [retention.id]: {
    stakeholder: 'hr',
    measure: 'attritionRate',
    direction: 'at-most',
    target: 0.102,
    dueQuarter: 4,
    quarters: 2,
    atCurrentPace: 0.12,
    ratioToPace: 0.85,
    trust: { accept: 3, decline: -5, met: 8, missed: -11 },
  },
};

afterEach(cleanup);

async function renderIn(language: 'en' | 'ja', onAnswer = vi.fn()) {
  const i18n = await createTestI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <SmallRequestsDialog
        events={[scope, retention]}
        count={2}
        onAnswer={onAnswer}
        stakesOf={(e) => stakes[e.id] ?? null}
        format={{ locale: language === 'ja' ? 'ja-JP' : 'en-US', currency: 'USD' }}
      />
    </I18nextProvider>,
  );
  return onAnswer;
}

describe('SmallRequestsDialog', () => {
  it('shows every small request with its own stakes and answers', async () => {
    await renderIn('en');
    screen.getByRole('dialog', { name: /2 small requests this quarter/ });
    const first = within(screen.getByTestId(`small-request-${scope.id}`));
    first.getByRole('group', { name: /Request from the CPO.*More roadmap scope/ });
    const firstStakes = first.getByTestId('request-stakes').textContent ?? '';
    expect(firstStakes).toContain('at least 14.4 feature points delivered');
    expect(firstStakes).toContain('at the end of quarter 3');
    expect(firstStakes).toContain('accept +3 or decline −3 now; if accepted, met +7 or missed −9');
    const second = within(screen.getByTestId(`small-request-${retention.id}`));
    expect(second.getByTestId('request-stakes').textContent).toContain('met +8 or missed −11');
    expect(second.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual([
      'accept',
      'decline',
    ]);
  });

  it('sends every answer together, once each request has one', async () => {
    const onAnswer = await renderIn('en');
    const send = screen.getByRole('button', { name: 'Send the 2 answers' });
    expect((send as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('2 requests still need an answer.')).toBeTruthy();
    fireEvent.click(screen.getByTestId(`small-${retention.id}-decline`));
    expect(screen.getByText('1 request still needs an answer.')).toBeTruthy();
    fireEvent.click(send);
    expect(onAnswer).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId(`small-${scope.id}-accept`));
    expect((send as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(send);
    expect(onAnswer).toHaveBeenCalledWith([
      { eventId: scope.id, optionId: 'accept' },
      { eventId: retention.id, optionId: 'decline' },
    ]);
  });

  it('cannot be dismissed without the answers', async () => {
    const onAnswer = await renderIn('en');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('says the same in Japanese', async () => {
    await renderIn('ja');
    screen.getByRole('dialog', { name: /今四半期の小さな依頼（2件）/ });
    const second = within(screen.getByTestId(`small-request-${retention.id}`));
    second.getByRole('group', { name: /人事責任者からの依頼/ });
    expect(second.getByTestId('request-stakes').textContent).toContain('離職率（年率）を');
    expect(screen.getByRole('button', { name: '2件の回答を送る' })).toBeTruthy();
    expect(screen.getByText('あと2件、回答が必要です。')).toBeTruthy();
  });
});
