/** A team's seat kept in its browser, per join code, so a reload or a closed laptop rejoins. */
import type { TeamSeat } from '../../../shared/workshop';

const key = (joinCode: string) => `vpoe-workshop-seat:${joinCode.toUpperCase()}`;

export function savedSeat(joinCode: string): TeamSeat | null {
  try {
    const raw = localStorage.getItem(key(joinCode));
    const seat = raw ? (JSON.parse(raw) as Partial<TeamSeat>) : null;
    return seat && typeof seat.teamId === 'string' && typeof seat.teamToken === 'string'
      ? { teamId: seat.teamId, teamToken: seat.teamToken }
      : null;
  } catch {
    return null;
  }
}

export function saveSeat(joinCode: string, seat: TeamSeat): void {
  localStorage.setItem(key(joinCode), JSON.stringify(seat));
}

export function forgetSeat(joinCode: string): void {
  localStorage.removeItem(key(joinCode));
}
