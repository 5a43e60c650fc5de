/**
 * The organisation's shape this quarter: stream-aligned teams sized by the team-size target,
 * plus a platform team (the role-1 ICs) and an enabling team (2 ICs, from 12 ICs up) when the
 * player runs them (Skelton & Pais, Team Topologies, 2019).
 */
import type { StaffTotals } from '../model/staff';
import type { Decisions, SimState } from '../types';
import type { OrgShape, WorkAllocation } from './context';

export function orgShape(T: StaffTotals, d: Decisions): OrgShape {
  const ics = T.icsByRole[0] + T.icsByRole[1] + T.icsByRole[2] + T.icsByRole[3];
  const platformTeam = d.org.platformTeam && T.icsByRole[1] > 0;
  const enablingTeam = d.org.enablingTeam && ics >= 12;
  const streamIcs = Math.max(1, ics - (platformTeam ? T.icsByRole[1] : 0) - (enablingTeam ? 2 : 0));
  const streamTeams = Math.max(1, Math.ceil(streamIcs / d.org.teamSizeTarget));
  return {
    ics,
    platformTeam,
    enablingTeam,
    streamIcs,
    streamTeams,
    avgTeamSize: streamIcs / streamTeams,
    teams: streamTeams + (platformTeam ? 1 : 0) + (enablingTeam ? 1 : 0),
    span: ics / Math.max(1, T.managers),
  };
}

/**
 * The quarter's shares of engineering time. Under an error-budget freeze (SRE practice:
 * releases stop after an overrun) 85% of the feature share goes to reliability work.
 */
export function workAllocation(s: SimState, d: Decisions): WorkAllocation {
  const freeze = s.releaseFreeze && d.trends.errorBudgetPolicy === 'freeze';
  let features = d.allocation.features / 100;
  let reliability = d.allocation.reliability / 100;
  if (freeze) {
    reliability += features * 0.85;
    features *= 0.15;
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
