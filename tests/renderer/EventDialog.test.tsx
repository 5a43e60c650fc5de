// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { PendingEvent } from '../../src/sim/index';
import { Dialog } from '../../src/renderer/components/Dialog';
import { EventDialog } from '../../src/renderer/features/events/EventDialog';
import { createTestI18n } from './testI18n';

const request: PendingEvent = {
  id: 'q3-request-1',
  kind: 'request',
  sourceId: 'ceo-feature-by-date',
  stakeholder: 'ceo',
  title: { en: 'Ship the enterprise SSO by Q5', ja: 'Q5 までにエンタープライズ SSO を' },
  body: { en: 'A large deal depends on it.', ja: '大型案件がかかっています。' },
  options: [
    {
      id: 'accept',
      label: { en: 'Commit', ja: '約束する' },
      hint: { en: '+trust now', ja: '今は信頼 +' },
    },
    {
      id: 'decline',
      label: { en: 'Decline', ja: '断る' },
      hint: { en: '−trust now', ja: '今は信頼 −' },
    },
  ],
  defaultOptionId: 'decline',
};

afterEach(cleanup);

async function renderIn(language: 'en' | 'ja', ui: React.ReactElement) {
  const i18n = await createTestI18n(language);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

describe('EventDialog', () => {
  it('is a labelled modal dialog that sends the chosen option to the engine', async () => {
    const onChoose = vi.fn();
    await renderIn('en', <EventDialog event={request} count={2} onChoose={onChoose} />);
    const dialog = screen.getByRole('dialog', { name: /Ship the enterprise SSO by Q5/ });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByText(/Request from the CEO/)).toBeTruthy();
    expect(screen.getByText(/2 choices waiting/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Decline/ }));
    expect(onChoose).toHaveBeenCalledWith('decline');
  });

  it('offers to take the quarter back only when the game allows it', async () => {
    await renderIn('en', <EventDialog event={request} count={2} onChoose={vi.fn()} />);
    expect(screen.queryByTestId('take-back')).toBeNull();
    cleanup();
    const onTakeBack = vi.fn();
    await renderIn(
      'ja',
      <EventDialog event={request} count={2} onChoose={vi.fn()} onTakeBack={onTakeBack} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'この四半期を取り消す' }));
    expect(onTakeBack).toHaveBeenCalledTimes(1);
  });

  it('moves focus to the first option and cannot be dismissed without an answer', async () => {
    const onChoose = vi.fn();
    await renderIn('en', <EventDialog event={request} count={1} onChoose={onChoose} />);
    expect(document.activeElement?.textContent).toContain('Commit');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /close/i })).toBeNull();
    expect(onChoose).not.toHaveBeenCalled();
  });

  it("shows the engine's refusal as an alert", async () => {
    await renderIn(
      'en',
      <EventDialog event={request} count={1} onChoose={() => {}} error="Unknown option" />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Unknown option');
  });

  it('follows the language: Japanese texts from the engine and the UI', async () => {
    await renderIn('ja', <EventDialog event={request} count={1} onChoose={() => {}} />);
    expect(screen.getByRole('dialog', { name: /Q5 までにエンタープライズ SSO を/ })).toBeTruthy();
    expect(screen.getByText(/CEO からの依頼/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /約束する/ })).toBeTruthy();
  });
});

describe('Dialog', () => {
  it('keeps Tab inside the dialog and closes on Escape when it may be closed', () => {
    const onClose = vi.fn();
    render(
      <Dialog title="Glossary" onClose={onClose} closeLabel="Close glossary">
        <button type="button">First</button>
        <button type="button">Last</button>
      </Dialog>,
    );
    const close = screen.getByRole('button', { name: 'Close glossary' });
    const last = screen.getByRole('button', { name: 'Last' });
    expect(document.activeElement).toBe(close);
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(last, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('returns focus to where it was when it closes', () => {
    const opener = document.createElement('button');
    document.body.appendChild(opener);
    opener.focus();
    const { unmount } = render(
      <Dialog title="Help" onClose={() => {}}>
        <p>text</p>
      </Dialog>,
    );
    expect(document.activeElement).not.toBe(opener);
    unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});

describe('EventDialog: what a request asks', () => {
  const stakes = {
    stakeholder: 'cpo' as const,
    measure: 'featuresDelivered' as const,
    direction: 'at-least' as const,
    target: 26.1,
    dueQuarter: 3,
    quarters: 2,
    atCurrentPace: 23.7,
    ratioToPace: 1.1,
    trust: { accept: 3, decline: -4, met: 8, missed: -12 },
  };

  it('shows the absolute target, the pace, the quarter judged and the trust at stake', async () => {
    await renderIn(
      'en',
      <EventDialog
        event={request}
        count={1}
        onChoose={() => {}}
        stakes={stakes}
        format={{ locale: 'en-US', currency: 'USD' }}
      />,
    );
    const text = screen.getByTestId('request-stakes').textContent ?? '';
    expect(text).toContain('at least 26.1 feature points delivered');
    expect(text).toContain('23.7 in 2 quarters: the target is 1.1× that');
    expect(text).toContain('at the end of quarter 3');
    expect(text).toContain('accept +3 or decline −4 now; if accepted, met +8 or missed −12');
  });

  it('says the same in Japanese', async () => {
    await renderIn(
      'ja',
      <EventDialog
        event={request}
        count={1}
        onChoose={() => {}}
        stakes={stakes}
        format={{ locale: 'ja-JP', currency: 'JPY' }}
      />,
    );
    const text = screen.getByTestId('request-stakes').textContent ?? '';
    expect(text).toContain('機能デリバリー（ポイント）を26.1以上');
    expect(text).toContain('第3四半期の終わり');
    expect(text).toContain('達成で+8、未達で−12');
  });
});
