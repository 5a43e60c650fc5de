/**
 * The organisation's shape this quarter: stream-aligned teams sized by the team-size target,
 * plus a platform team (the role-1 ICs) and an enabling team (2 ICs, from 12 ICs up) when the
 * player runs them (Skelton & Pais, Team Topologies, 2019).
 */
import { ENABLING_TEAM_MIN_ICS, ENABLING_TEAM_SIZE, enablingReach } from '../model/enabling';
import type { StaffTotals } from '../model/staff';
import type { Decisions, SimState } from '../types';
import type { OrgShape, WorkAllocation } from './context';

export function orgShape(T: StaffTotals, d: Decisions): OrgShape {
  const ics = T.icsByRole[0] + T.icsByRole[1] + T.icsByRole[2] + T.icsByRole[3];
  const platformTeam = d.org.platformTeam && T.icsByRole[1] > 0;
  const enablingTeam = d.org.enablingTeam && ics >= ENABLING_TEAM_MIN_ICS;
  const streamIcs = Math.max(
    1,
    ics - (platformTeam ? T.icsByRole[1] : 0) - (enablingTeam ? ENABLING_TEAM_SIZE : 0),
  );
  const streamTeams = Math.max(1, Math.ceil(streamIcs / d.org.teamSizeTarget));
  return {
    ics,
    platformTeam,
    enablingTeam,
    enablingReach: enablingReach(enablingTeam, streamTeams),
    streamIcs,
    streamTeams,
    avgTeamSize: streamIcs / streamTeams,
    teams: streamTeams + (platformTeam ? 1 : 0) + (enablingTeam ? 1 : 0),
    span: ics / Math.max(1, T.managers),
  };
}

/**
 * Share of a quarter an error-budget freeze lasts: the SRE Workbook's policy freezes releases
 * until the service is back within its SLO over the rolling four-week window, so a freeze
 * lasts about a month and the follow-up work a little longer (reasoning: 40% of a quarter).
 * Engine 1.9.0 froze the whole quarter, which made the freeze policy a loss in every scenario.
 */
export const FREEZE_SHARE_OF_QUARTER = 0.4;
/** Share of the feature work a freeze stops while it lasts (P0 and security fixes go on). */
export const FREEZE_STOPS = 0.85;

/**
 * The quarter's shares of engineering time. Under an error-budget freeze (SRE practice:
 * releases stop after an overrun) the feature work it stops goes to reliability work.
 */
export function workAllocation(s: SimState, d: Decisions): WorkAllocation {
  const freeze = s.releaseFreeze && d.trends.errorBudgetPolicy === 'freeze';
  let features = d.allocation.features / 100;
  let reliability = d.allocation.reliability / 100;
  if (freeze) {
    const moved = features * FREEZE_STOPS * FREEZE_SHARE_OF_QUARTER;
    reliability += moved;
    features -= moved;
  }
  return {
    features,
    reliability,
    debtPaydown: d.allocation.debtPaydown / 100,
    security: d.allocation.security / 100,
    innovation: d.allocation.innovation / 100,
    freeze,
  };
}
