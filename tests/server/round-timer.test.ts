import { describe, expect, it } from 'vitest';
import {
  STOPPED_TIMER,
  extendTimer,
  pauseTimer,
  readTimer,
  startTimer,
  stopTimer,
  timerExpired,
} from '../../src/server/round-timer';

const T0 = 1_800_000_000_000;
const s = (seconds: number) => T0 + seconds * 1000;

describe('the round timer', () => {
  it('counts down from its end on the wall clock and expires at zero', () => {
    const timer = startTimer(STOPPED_TIMER, 600, T0);
    expect(readTimer(timer, s(0.5)).secondsLeft).toBe(600);
    expect(readTimer(timer, s(90)).secondsLeft).toBe(510);
    expect(timerExpired(timer, s(599))).toBe(false);
    expect(timerExpired(timer, s(600))).toBe(true);
    expect(readTimer(timer, s(700)).secondsLeft).toBe(0);
  });

  it('holds the seconds left while paused and counts on after the pause', () => {
    const paused = pauseTimer(startTimer(STOPPED_TIMER, 600, T0), true, s(100));
    expect(readTimer(paused, s(400)).secondsLeft).toBe(500);
    expect(timerExpired(paused, s(10_000))).toBe(false);
    const resumed = pauseTimer(paused, false, s(400));
    expect(readTimer(resumed, s(500)).secondsLeft).toBe(400);
  });

  it('extends by the seconds given, and a stopped timer neither counts nor expires', () => {
    const extended = extendTimer(startTimer(STOPPED_TIMER, 60, T0), 60, s(30));
    expect(readTimer(extended, s(30)).secondsLeft).toBe(90);
    const stopped = stopTimer(extended, s(40));
    expect(stopped).toMatchObject({ running: false, secondsLeft: 80 });
    expect(readTimer(stopped, s(1000)).secondsLeft).toBe(80);
    expect(timerExpired(stopped, s(1000))).toBe(false);
  });

  it('starts a quarter without a timer when the session has none, keeping a pause', () => {
    expect(startTimer(STOPPED_TIMER, 0, T0)).toEqual(STOPPED_TIMER);
    const paused = pauseTimer(STOPPED_TIMER, true, T0);
    const started = startTimer(paused, 300, s(10));
    expect(started).toMatchObject({ running: true, paused: true, secondsLeft: 300 });
    expect(readTimer(started, s(200)).secondsLeft).toBe(300);
  });

  it('is plain data that survives the session file (JSON)', () => {
    const timer = startTimer(STOPPED_TIMER, 600, T0);
    expect(JSON.parse(JSON.stringify(timer))).toEqual(timer);
  });
});
