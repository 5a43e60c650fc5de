/**
 * The enabling team (Skelton and Pais, Team Topologies 2019): two senior engineers who coach
 * stream-aligned teams in practices they lack (test automation, documentation) and take the
 * newcomers' mentoring off them, then move on to the next team. They coach a few teams at a
 * time, so what they do for the organisation is the share of its stream teams they reach.
 */

/** Engineers an enabling team takes from product work (quarter/org-shape.ts). */
export const ENABLING_TEAM_SIZE = 2;
/** Individual contributors from which an organisation can run one (fewer cannot spare two). */
export const ENABLING_TEAM_MIN_ICS = 12;
/**
 * Stream teams the enabling team coaches at once: each of its two engineers facilitates about
 * two teams at a time, pairing and running workshops for weeks to a few months before moving
 * on (Team Topologies: enabling is a time-boxed "facilitating" interaction, a few teams at a
 * time). Reasoning for the figure: half of an engineer's week with each of two teams.
 */
export const ENABLING_TEAMS_AT_ONCE = 4;

/**
 * Share of the newcomers' mentoring the enabling team takes off the teams it coaches
 * (engines before 1.28.0: off every team, whatever the organisation's size).
 */
export const ENABLING_MENTORING_SHARE = 0.4;

/**
 * Share of the stream teams the enabling team coaches this quarter (0-1; 0 without one). In
 * a small organisation it reaches every team, in a large one a few of many: two coaches cost
 * the same two builders everywhere, but lift a large organisation's practices in proportion
 * to the teams they reach. Engines before 1.28.0 counted the whole organisation coached
 * whatever its size, which left the team worth its two builders in every scenario.
 */
export function enablingReach(enablingTeam: boolean, streamTeams: number): number {
  if (!enablingTeam) return 0;
  return Math.min(1, ENABLING_TEAMS_AT_ONCE / Math.max(1, streamTeams));
}
