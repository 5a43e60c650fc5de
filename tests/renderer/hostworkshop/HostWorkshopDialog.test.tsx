// @vitest-environment happy-dom
/**
 * File > Host a workshop... in the app: the menu command opens the dialog over the start screen;
 * starting asks the host for the chosen scenario and shows how teams join (addresses, QR code,
 * join code), the facilitator's way in and the projector's page; Stop ends it; a refusal shows.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../../src/renderer/app/App';
import { HostProvider } from '../../../src/renderer/host';
import type { HostApi, HostResult, MenuCommand } from '../../../src/shared/host-api';
import type { HostWorkshopRequest, WorkshopHosting } from '../../../src/shared/workshop-hosting';
import { createTestI18n } from '../testI18n';

afterEach(cleanup);

const HOSTING: WorkshopHosting = {
  scenarioId: 'fintech-regulated',
  joinUrls: ['http://192.168.1.20:2567/workshop.html?code=K7Q2ZD'],
  qrDataUrl: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
  joinCode: 'K7Q2ZD',
  facilitatorUrl: 'http://192.168.1.20:2567/workshop.html#facilitator',
  facilitatorCode: 'secret-facilitator-code',
  projectorUrl: 'http://192.168.1.20:2567/workshop.html?code=K7Q2ZD#projector',
  port: 2567,
  seed: 314,
  resumed: false,
};

const summary = (id: string, en: string, ja: string) => ({
  id,
  fileName: `${id}.json`,
  title: { en, ja },
  description: { en: '', ja: '' },
});

function workshopHost(answer: HostResult<WorkshopHosting>) {
  const listeners = new Set<(command: MenuCommand) => void>();
  const asked: HostWorkshopRequest[] = [];
  let stops = 0;
  const host = {
    appInfo: async () => ({ version: '0', locale: 'en', host: 'electron' }),
    getSettings: async () => ({ language: 'en' }),
    setLanguage: async () => undefined,
    listScenarios: async () => ({
      scenarios: [
        summary('series-b-saas', 'Series B SaaS', 'シリーズB SaaS'),
        summary('fintech-regulated', 'Regulated fintech', '規制下のフィンテック'),
      ],
      problems: [],
    }),
    listAutosaves: async () => ({ ok: true, value: [] }),
    recentFiles: async () => ({ ok: true, value: [] }),
    currentWorkshop: async () => null,
    hostWorkshop: async (request: HostWorkshopRequest) => {
      asked.push(request);
      return answer;
    },
    stopWorkshop: async () => {
      stops++;
      return { ok: true, value: undefined };
    },
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as HostApi;
  const menu = (command: MenuCommand) => act(() => listeners.forEach((l) => l(command)));
  return { host, menu, asked, stops: () => stops };
}

async function openApp(host: HostApi, language: 'en' | 'ja' = 'en') {
  render(
    <I18nextProvider i18n={await createTestI18n(language)}>
      <HostProvider host={host}>
        <App />
      </HostProvider>
    </I18nextProvider>,
  );
}

describe('File > Host a workshop...', () => {
  it('starts the chosen scenario and shows the join address, QR code and join code, then stops', async () => {
    const fake = workshopHost({ ok: true, value: HOSTING });
    await openApp(fake.host);
    await fake.menu({ type: 'host-workshop' });
    const dialog = await screen.findByRole('dialog', { name: 'Host a workshop' });
    const scenario = within(dialog).getByLabelText('Scenario');
    await within(dialog).findByRole('option', { name: 'Regulated fintech' });
    fireEvent.change(scenario, { target: { value: 'fintech-regulated' } });
    fireEvent.click(within(dialog).getByLabelText(/^Start a new session/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start the workshop' }));

    const running = await screen.findByRole('dialog', { name: 'Workshop running on this laptop' });
    expect(fake.asked).toEqual([{ scenarioId: 'fintech-regulated', fresh: true }]);
    expect(within(running).getByText(HOSTING.joinUrls[0]!)).toBeTruthy();
    expect(within(running).getByTestId('hosting-join-code').textContent).toBe('K7Q2ZD');
    const qr = within(running).getByRole('img', { name: 'QR code of the join address' });
    expect(qr.getAttribute('src')).toBe(HOSTING.qrDataUrl);
    expect(within(running).getByText(HOSTING.facilitatorUrl)).toBeTruthy();
    expect(within(running).getByTestId('hosting-facilitator-code').textContent).toBe(
      'secret-facilitator-code',
    );
    expect(within(running).getByText(HOSTING.projectorUrl)).toBeTruthy();

    fireEvent.click(within(running).getByRole('button', { name: 'Stop the workshop' }));
    expect(await screen.findByRole('dialog', { name: 'Host a workshop' })).toBeTruthy();
    expect(fake.stops()).toBe(1);
  });

  it('says in Japanese why the workshop could not start', async () => {
    const fake = workshopHost({
      ok: false,
      error: { code: 'io', detail: 'listen EACCES: permission denied 0.0.0.0:2567' },
    });
    await openApp(fake.host, 'ja');
    await fake.menu({ type: 'host-workshop' });
    const dialog = await screen.findByRole('dialog', { name: 'ワークショップを開く' });
    await within(dialog).findByRole('option', { name: 'シリーズB SaaS' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'ワークショップを開始' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(
      'ワークショップを開始できませんでした: listen EACCES: permission denied 0.0.0.0:2567',
    );
    expect(fake.asked).toEqual([{ scenarioId: 'series-b-saas', fresh: false }]);
  });
});
