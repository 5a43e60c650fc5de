/**
 * What a player sees before planning a quarter, and nothing else: the briefing, the dashboard's
 * KPIs, the organisation view, their own previous decisions and the scenario's menus (limits,
 * initiatives, risk register). The reference policy reads the game only through this, so it
 * can never peek at hidden state (debt indices behind the tax, capabilities, the PRNG).
 */
import { selectBriefing, type Briefing, type BriefingWarningId } from '../briefing';
import { defaultDecisions } from '../game';
import { selectKpis, selectOrg } from '../selectors';
import type { Scenario } from '../scenario/schema';
import type { Decisions, Game, MetricId, OrgView } from '../types';

export interface Observation {
  quarter: number;
  horizonQuarters: number;
  /** quarters left to play, this one included */
  quartersLeft: number;
  /** the dashboard's KPI values (last quarter's, or the start in quarter 1) */
  kpi: Partial<Record<MetricId, number>>;
  /** change of each KPI over the last quarter (0 in quarter 1) */
  kpiDelta: Partial<Record<MetricId, number>>;
  warnings: ReadonlySet<BriefingWarningId>;
  briefing: Briefing;
  org: OrgView;
  /** the player's own decisions of last quarter (one-offs cleared), or the starting plan */
  previous: Decisions;
  /** the scenario as its briefing and menus show it: limits, initiatives, risk register */
  scenario: Scenario;
}

export function observe(game: Game): Observation {
  const briefing = selectBriefing(game);
  const kpi: Observation['kpi'] = {};
  const kpiDelta: Observation['kpiDelta'] = {};
  for (const k of selectKpis(game)) {
    kpi[k.id] = k.value;
    kpiDelta[k.id] = game.history.length > 0 ? k.delta : 0;
  }
  return {
    quarter: briefing.quarter,
    horizonQuarters: briefing.horizonQuarters,
    quartersLeft: briefing.quartersLeft,
    kpi,
    kpiDelta,
    warnings: new Set(briefing.warnings.map((w) => w.id)),
    briefing,
    org: selectOrg(game),
    previous: defaultDecisions(game),
    scenario: game.scenario,
  };
}

/** A KPI the dashboard shows; 0 when the dashboard has no such figure. */
export function kpiOf(o: Observation, id: MetricId): number {
  return o.kpi[id] ?? 0;
}

/** People of a role and level in the organisation view, and how many of them are still ramping. */
export function staffOf(
  o: Observation,
  role: OrgView['byRoleLevel'][number]['role'],
  level: OrgView['byRoleLevel'][number]['level'],
): { count: number; ramped: number } {
  const line = o.org.byRoleLevel.find((x) => x.role === role && x.level === level);
  const count = line?.count ?? 0;
  return { count, ramped: count - (line?.ramping ?? 0) };
}
