/**
 * The round timer as plain data. A running timer is kept as its end on the wall clock, so the
 * session file holds it exactly and a restarted server goes on counting from where it was (the
 * time the server was down counts, as it does for the teams in the room). `now` is passed in:
 * the room reads the clock, these functions do not.
 */
import { z } from 'zod';

export const roundTimerSchema = z.object({
  /** counting down (not stopped); it still holds while paused */
  running: z.boolean(),
  paused: z.boolean(),
  /** seconds left when stopped or paused; while counting, as of the last reading */
  secondsLeft: z.number().int().min(0),
  /** while counting (running and not paused): when it reaches zero, ms since the epoch */
  endsAtMs: z.number().nullable(),
});
export type RoundTimer = z.infer<typeof roundTimerSchema>;

export const STOPPED_TIMER: RoundTimer = {
  running: false,
  paused: false,
  secondsLeft: 0,
  endsAtMs: null,
};

function counting(t: RoundTimer): boolean {
  return t.running && !t.paused && t.endsAtMs !== null;
}

/** The timer as of `now`: seconds left counted from its end. */
export function readTimer(t: RoundTimer, now: number): RoundTimer {
  if (!counting(t)) return t;
  return { ...t, secondsLeft: Math.max(0, Math.ceil((t.endsAtMs! - now) / 1000)) };
}

/** A new quarter's timer: `seconds` from now (0 = no timer), keeping the pause. */
export function startTimer(t: RoundTimer, seconds: number, now: number): RoundTimer {
  if (seconds <= 0) return { ...STOPPED_TIMER, paused: t.paused };
  return {
    running: true,
    paused: t.paused,
    secondsLeft: seconds,
    endsAtMs: t.paused ? null : now + seconds * 1000,
  };
}

export function extendTimer(t: RoundTimer, seconds: number, now: number): RoundTimer {
  const read = readTimer(t, now);
  return startTimer({ ...read, running: true }, read.secondsLeft + seconds, now);
}

export function stopTimer(t: RoundTimer, now: number): RoundTimer {
  return { ...readTimer(t, now), running: false, endsAtMs: null };
}

export function pauseTimer(t: RoundTimer, paused: boolean, now: number): RoundTimer {
  const read = readTimer(t, now);
  if (paused) return { ...read, paused: true, endsAtMs: null };
  return read.running
    ? { ...read, paused: false, endsAtMs: now + read.secondsLeft * 1000 }
    : { ...read, paused: false };
}

/** Whether a counting timer has reached zero (the room then closes the quarter). */
export function timerExpired(t: RoundTimer, now: number): boolean {
  return counting(t) && readTimer(t, now).secondsLeft === 0;
}
