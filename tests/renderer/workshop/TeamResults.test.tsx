// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Room } from '@colyseus/sdk';
import type { PendingEvent } from '../../../src/sim/index';
import type { TeamView } from '../../../src/shared/workshop';
import { TeamResults } from '../../../src/renderer/features/workshop/TeamResults';
import { createTestI18n } from '../testI18n';

afterEach(cleanup);

function dilemma(id: string, title: string): PendingEvent {
  return {
    id,
    kind: 'dilemma',
    sourceId: `card-${id}`,
    title: { en: title, ja: title },
    body: { en: 'What now?', ja: 'どうする?' },
    options: [
      { id: 'hold', label: { en: 'Hold', ja: '待つ' }, hint: { en: '', ja: '' } },
      { id: 'act', label: { en: 'Act', ja: '動く' }, hint: { en: '', ja: '' } },
    ],
    defaultOptionId: 'hold',
  };
}

/** The part of a team's view the results section reads, with these events waiting. */
function viewWith(pending: PendingEvent[]): TeamView {
  return {
    pending,
    pendingStakes: pending.map(() => null),
    forecastScores: [],
    quarter: 3,
    lastPlanWasDefault: false,
    score: null,
    sessionPhase: 'results',
    lastNarrative: [],
    kpis: [],
  } as unknown as TeamView;
}

/** A room whose answers the test settles by hand: each request waits for its own settle. */
function fakeRoom() {
  const waiting: { type: string; settle: (refusal: unknown) => void }[] = [];
  const request = vi.fn(
    (type: string) =>
      new Promise((resolve, reject) => {
        waiting.push({
          type,
          settle: (refusal) =>
            refusal
              ? reject(Object.assign(new Error(), { name: 'rejected', reason: refusal }))
              : resolve(null),
        });
      }),
  );
  return { room: { request } as unknown as Room, request, waiting };
}

async function renderResults(room: Room, view: TeamView) {
  const i18n = await createTestI18n('en');
  const ui = (v: TeamView) => (
    <I18nextProvider i18n={i18n}>
      <TeamResults room={room} view={v} format={{ locale: 'en-US', currency: 'USD' }} />
    </I18nextProvider>
  );
  const r = render(ui(view));
  return { rerender: (v: TeamView) => r.rerender(ui(v)) };
}

describe('TeamResults dialogs', () => {
  it('sends one answer at a time: the options wait while it is on its way', async () => {
    const { room, request, waiting } = fakeRoom();
    await renderResults(room, viewWith([dilemma('e1', 'Outage at launch')]));
    fireEvent.click(screen.getByTestId('option-act'));
    expect(screen.getByText('Sending your answer…')).toBeTruthy();
    expect((screen.getByTestId('option-act') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('option-hold'));
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith('answer', { eventId: 'e1', optionId: 'act' });

    // Refused: the team reads why, and may answer again.
    await act(async () => waiting[0]!.settle({ code: 'paused' }));
    expect(screen.getByRole('alert').textContent).toMatch(/paused the workshop/);
    expect(screen.queryByText('Sending your answer…')).toBeNull();
    expect((screen.getByTestId('option-hold') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(screen.getByTestId('option-hold'));
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('shows a refusal only on the dialog it was for, not on the next one', async () => {
    const { room, waiting } = fakeRoom();
    const first = dilemma('e1', 'Outage at launch');
    const second = dilemma('e2', 'Hiring freeze');
    const { rerender } = await renderResults(room, viewWith([first, second]));
    fireEvent.click(screen.getByTestId('option-act'));
    await act(async () => waiting[0]!.settle({ code: 'paused' }));
    expect(screen.getByRole('alert')).toBeTruthy();

    // A teammate answered the first dialog meanwhile: the second opens clean.
    rerender(viewWith([second]));
    expect(screen.getByRole('dialog', { name: /Hiring freeze/ })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByTestId('option-act') as HTMLButtonElement).disabled).toBe(false);
  });
});
