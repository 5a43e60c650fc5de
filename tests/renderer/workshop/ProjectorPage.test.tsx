// @vitest-environment happy-dom
/**
 * The projector's staged reveal, driven as the server drives it: a room view comes as a message,
 * and the public state (the phase the round status shows) a moment after it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { RoomView, SessionPhase, TeamStanding } from '../../../src/shared/workshop';
import type { RoomSnapshot } from '../../../src/renderer/features/workshop/connection';
import type { WorkshopLink } from '../../../src/renderer/features/workshop/useWorkshopRoom';
import { ProjectorPage } from '../../../src/renderer/features/workshop/ProjectorPage';
import { sizeCharts } from '../chartSize';
import { createTestI18n } from '../testI18n';

sizeCharts();

/** The page's link to the room: the test sends its messages and sets its public state. */
const link = vi.hoisted(() => ({
  handlers: {} as Record<string, (payload: never) => void>,
  state: null as unknown as WorkshopLink,
}));
vi.mock('../../../src/renderer/features/workshop/useWorkshopRoom', () => ({
  useWorkshopRoom: (handlers: Record<string, (payload: never) => void>) => {
    link.handlers = handlers;
    return link.state;
  },
}));

function snapshot(phase: SessionPhase, quarter: number): RoomSnapshot {
  return {
    phase,
    quarter,
    quartersTotal: 3,
    timerRunning: false,
    paused: false,
    secondsLeft: 0,
    language: 'en',
    teams: {},
  };
}

function standing(teamId: string, weightedScore: number): TeamStanding {
  const series = { cash: [1], arr: [1], featuresDelivered: [1], incidents: [1] };
  return {
    teamId,
    name: teamId,
    weightedScore,
    status: 'playing',
    grade: 'B',
    byArea: [],
    series: { ...series, engagement: [1], attritionRate: [0.1] },
    defaultedQuarters: [],
    calibration: { count: 0, score: null, figures: [] },
    quarterForecast: null,
  };
}

/** The room after a close: three teams, the best scoring `top`. */
function roomView(phase: SessionPhase, quarter: number, top: number): RoomView {
  return {
    scenarioTitle: { en: 'A room', ja: 'ルーム' },
    currency: 'USD',
    quarter,
    quartersTotal: 3,
    phase,
    weights: {} as RoomView['weights'],
    standings: [standing('Aoi', top), standing('Kaede', top - 10), standing('Sakura', top - 20)],
  };
}

async function show() {
  render(
    <I18nextProvider i18n={await createTestI18n('en')}>
      <ProjectorPage joinCode="ABC123" />
    </I18nextProvider>,
  );
}

/** The server's order: the room view first, the public state after it. */
function send(view: RoomView) {
  act(() => link.handlers['room-view']!(view as never));
}
let currentView: RoomView;
/** The public state follows (the page renders again, as the real link makes it). */
function publish(phase: SessionPhase, quarter: number) {
  link.state = { ...link.state, snapshot: snapshot(phase, quarter) };
  act(() => link.handlers['room-view']!({ ...currentView } as never));
}

const shownRows = () => document.querySelectorAll('.workshop-leaderboard .shown-rank').length;
/** One row every 1.2 s: each step renders before the next is timed. */
const revealAll = () => {
  for (let i = 0; i < 3; i++) act(() => vi.advanceTimersByTime(1200));
};

beforeEach(() => {
  vi.useFakeTimers();
  link.state = {
    room: {} as WorkshopLink['room'],
    snapshot: snapshot('planning', 1),
    status: 'connected',
    error: null,
    joining: false,
    rejoining: false,
    join: async () => true,
  };
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the projector’s staged reveal', () => {
  it('starts a new view’s reveal from the last place in the render that brings it', async () => {
    await show();
    currentView = roomView('results', 1, 50);
    send(currentView);
    publish('results', 1);
    revealAll();
    expect(shownRows()).toBe(3);
    // Every text the page writes from here on: the new view's scores must wait for the reveal.
    const written: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) written.push(r.target.textContent ?? '');
    });
    watch.observe(document.body, { subtree: true, childList: true, characterData: true });
    currentView = roomView('ended', 1, 90);
    send(currentView);
    written.push(...watch.takeRecords().map((r) => r.target.textContent ?? ''));
    watch.disconnect();
    expect(shownRows()).toBe(0);
    expect(written.join(' ')).not.toContain('90.0');
    act(() => vi.advanceTimersByTime(1200));
    expect(shownRows()).toBe(1);
    revealAll();
    expect(shownRows()).toBe(3);
    expect(screen.getByTestId('leaderboard').textContent).toContain('90.0');
  });

  it('shows a quarter’s results only while its view is of results', async () => {
    await show();
    currentView = roomView('results', 1, 50);
    send(currentView);
    publish('results', 1);
    revealAll();
    expect(screen.getByRole('heading', { name: 'Quarter 1: results' })).toBeTruthy();
    // Quarter 2 opens: its view comes before the public state says so.
    currentView = roomView('planning', 2, 50);
    send(currentView);
    expect(screen.queryByRole('heading', { name: /results/ })).toBeNull();
    expect(screen.queryByTestId('leaderboard')).toBeNull();
  });
});
