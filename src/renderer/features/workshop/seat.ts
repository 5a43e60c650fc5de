/**
 * What each role's page keeps in its browser to join again after a reload or a lost connection:
 * a team its seat (token) per join code, the facilitator its code for the browser tab, the
 * projector nothing but the join code in its address.
 */
import type { JoinOptions, TeamSeat } from '../../../shared/workshop';
import type { Credentials } from './connection';

const seatKey = (joinCode: string) => `vpoe-workshop-seat:${joinCode.toUpperCase()}`;
const FACILITATOR_KEY = 'vpoe-workshop-facilitator-code';

export function savedSeat(joinCode: string): TeamSeat | null {
  try {
    const raw = localStorage.getItem(seatKey(joinCode));
    const seat = raw ? (JSON.parse(raw) as Partial<TeamSeat>) : null;
    return seat && typeof seat.teamId === 'string' && typeof seat.teamToken === 'string'
      ? { teamId: seat.teamId, teamToken: seat.teamToken }
      : null;
  } catch {
    return null;
  }
}

export function saveSeat(joinCode: string, seat: TeamSeat): void {
  localStorage.setItem(seatKey(joinCode), JSON.stringify(seat));
}

/** A team joins again with its token, never its name (a name may since belong to another). */
export function teamCredentials(codeFromLink: string): Credentials {
  const kept = (joinCode: string): JoinOptions | null => {
    const seat = joinCode ? savedSeat(joinCode) : null;
    return seat ? { role: 'team', joinCode, teamToken: seat.teamToken } : null;
  };
  return {
    kept: (last) => kept(last?.joinCode ?? codeFromLink),
    // The seat arrives in its own message after the first join (TeamPage saves it).
    keep: () => undefined,
    forget: (refused) => {
      if (refused?.teamToken) localStorage.removeItem(seatKey(refused.joinCode ?? codeFromLink));
    },
  };
}

export function facilitatorCredentials(): Credentials {
  return {
    kept: () => {
      const code = sessionStorage.getItem(FACILITATOR_KEY);
      return code ? { role: 'facilitator', facilitatorCode: code } : null;
    },
    keep: (o) => sessionStorage.setItem(FACILITATOR_KEY, o.facilitatorCode ?? ''),
    forget: () => sessionStorage.removeItem(FACILITATOR_KEY),
  };
}

export function keptFacilitatorCode(): string {
  return sessionStorage.getItem(FACILITATOR_KEY) ?? '';
}

export function projectorCredentials(joinCode: string): Credentials {
  return {
    kept: () => (joinCode ? { role: 'projector', joinCode } : null),
    keep: () => undefined,
    forget: () => undefined,
  };
}
