/**
 * The decisions behind the debrief's turning points and behind a game that ran out of cash.
 *
 * Turning points (model/turning-points.ts says which quarters count): every lever change of
 * every played quarter is measured by its expected effect on the score (PlanChange.score: the
 * engine's expected-value quarters with and without the change, scored with the played quarters
 * before it). A turning point names the changes made in its quarter and the LATER_QUARTERS
 * quarters before it (a change's effects land within that time) whose effect points the way the
 * score moved and is at least MIN_DECISION_EFFECT, largest first, MAX_DECISIONS at most.
 *
 * Running out of cash: the cash drivers of every played quarter (the parts that sum to each
 * quarter's change) are added up over the game; the largest outflows are named with the levers
 * that set them (CASH_LEVERS) and every quarter the player raised those levers, so a player
 * reads, for example, that payroll took most of the money and that they opened 30 hires in
 * quarters 2, 3 and 4. These are facts of the game, not estimates: the expected-value step
 * cannot price hires (offers are drawn), so hiring is named by what it cost, not by an estimate.
 */
import { actionsOf, applyAction } from './actions';
import { newGame } from './game';
import { LEVERS, readLever, type LeverId, type LeverValue } from './levers';
import { sameLeverValue } from './levers/copy';
import { DRIVER_IDS } from './model/drivers';
import { scoreGame } from './model/score';
import { LATER_QUARTERS, planChangesFrom, type PlanChange } from './plan-changes';
import type { Decisions, Game } from './types';

/** A score effect below this (points out of 100) is too small to name as a cause. */
export const MIN_DECISION_EFFECT = 0.2;
/** Causes named per turning point and per cash outflow: few enough to discuss. */
export const MAX_DECISIONS = 3;
/** Cash outflows named for a game that ran out of cash. */
const MAX_OUTFLOWS = 3;

/** A lever change in a played quarter with its expected effect on the score. */
export interface DecisionEffect {
  quarter: number;
  leverId: LeverId;
  from: LeverValue<LeverId>;
  to: LeverValue<LeverId>;
  /** expected points of score (PlanChange.score) */
  score: number;
}

export interface TurningDecisions {
  /** the turning point's quarter (Outcome.turningPoints) */
  quarter: number;
  decisions: DecisionEffect[];
}

type CashDriver = (typeof DRIVER_IDS.cash)[number];

/**
 * The levers that set each cash outflow a player controls. Payroll grows with hiring, pay and
 * promotions; hiring and leavers costs with hiring and layoffs; programmes are initiatives and
 * training; cloud spend with rightsizing, commitments and the tools bought.
 */
const CASH_LEVERS: Partial<Record<CashDriver, readonly LeverId[]>> = {
  payroll: ['talent.hiring', 'talent.payAdjustmentPct', 'org.promotionsToManager'],
  contractors: ['budget.contractors'],
  workspace: ['trends.workPolicy', 'talent.hiring'],
  hiringAndLeavers: ['talent.hiring', 'talent.layoffs'],
  programmes: ['initiatives', 'talent.training', 'coaching.leadershipTraining'],
  cloud: ['budget.rightsizing', 'budget.commitmentCoverage', 'budget.sourcing'],
};

/** One cash outflow over the whole game and the decisions that set it. */
export interface CashOutflow {
  driver: CashDriver;
  /** the driver's parts summed over the played quarters (negative: money out) */
  total: number;
  /** each quarter the player set one of the driver's levers differently from the quarter before */
  decisions: {
    quarter: number;
    leverId: LeverId;
    from: LeverValue<LeverId>;
    to: LeverValue<LeverId>;
  }[];
}

export interface EndingCauses {
  /** the quarter the cash ran out */
  quarter: number;
  /** cash at the start and at the end */
  cashStart: number;
  cashEnd: number;
  outflows: CashOutflow[];
}

export interface DebriefDecisions {
  turningPoints: TurningDecisions[];
  /** for a game that ran out of cash, where the money went and which decisions sent it there */
  bankruptcy: EndingCauses | null;
}

/** Every played quarter's plan changes (one replay of the game's own log). */
function planChangesByQuarter(game: Game): PlanChange[][] {
  const out: PlanChange[][] = [];
  let current = newGame(game.scenario, game.seed, { playerName: game.playerName });
  const capture = () => {
    const quarter = current.quarter;
    if (current.phase === 'planning' && out.length === quarter - 1 && game.log[quarter - 1])
      out.push(planChangesFrom(game, current, quarter));
  };
  capture();
  for (const action of actionsOf(game)) {
    const r = applyAction(current, action);
    if (!r.ok) throw new Error(`the game's own log does not replay: ${r.error.reason.en}`);
    current = r.value;
    capture();
  }
  return out;
}

/** The named decisions of one turning point (see the file's comment). */
function turningDecisions(changes: PlanChange[][], quarter: number, scoreChange: number) {
  // A move of 0 (quarter 1, or a turning point by its event alone): the largest effects either way.
  const toward = (score: number) =>
    scoreChange === 0 ? Math.abs(score) : Math.sign(scoreChange) * score;
  const window: DecisionEffect[] = [];
  for (let q = Math.max(1, quarter - LATER_QUARTERS); q <= quarter; q++)
    for (const c of changes[q - 1] ?? [])
      window.push({ quarter: q, leverId: c.lever.id, from: c.from, to: c.to, score: c.score });
  return window
    .filter((d) => toward(d.score) >= MIN_DECISION_EFFECT)
    .sort((a, b) => toward(b.score) - toward(a.score) || a.quarter - b.quarter)
    .slice(0, MAX_DECISIONS);
}

const leverValue = (d: Decisions, id: LeverId) => readLever(d, id) as LeverValue<LeverId>;

function bankruptcyCauses(game: Game): EndingCauses {
  const totals = new Map<CashDriver, number>();
  for (const record of game.history) {
    const parts = record.drivers.cash ?? [];
    DRIVER_IDS.cash.forEach((id, i) => totals.set(id, (totals.get(id) ?? 0) + (parts[i] ?? 0)));
  }
  const outflows = [...totals.entries()]
    .filter(([driver, total]) => total < 0 && CASH_LEVERS[driver])
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_OUTFLOWS)
    .map(([driver, total]) => {
      const levers = CASH_LEVERS[driver]!;
      const decisions: CashOutflow['decisions'] = [];
      game.history.forEach((record, i) => {
        const before = game.history[i - 1]?.decisions ?? game.scenario.startingDecisions;
        for (const leverId of levers) {
          const lever = LEVERS.find((l) => l.id === leverId)!;
          const from = leverValue(before, leverId);
          const to = leverValue(record.decisions, leverId);
          // A quarter's hiring is a new list each quarter: every quarter that opened hires counts.
          const hiring = leverId === 'talent.hiring' && Array.isArray(to) && to.length > 0;
          if (hiring || !sameLeverValue(lever.kind, from, to))
            decisions.push({ quarter: record.quarter, leverId, from, to });
        }
      });
      return { driver, total, decisions };
    });
  const last = game.history[game.history.length - 1];
  return {
    quarter: last?.quarter ?? 0,
    cashStart: game.baseline.cash,
    cashEnd: last?.metrics.cash ?? game.baseline.cash,
    outflows,
  };
}

/**
 * The decisions behind the game's turning points (selectOutcome's) and, for a bankrupt game,
 * where the cash went (see the file's comment for both rules). Heavier than selectOutcome: one
 * replay of the game and expected-value quarters for every lever change.
 */
export function selectDebriefDecisions(game: Game): DebriefDecisions {
  const changes = planChangesByQuarter(game);
  return {
    turningPoints: scoreGame(game).turningPoints.map(({ quarter, scoreChange }) => ({
      quarter,
      decisions: turningDecisions(changes, quarter, scoreChange),
    })),
    bankruptcy: game.status === 'bankrupt' ? bankruptcyCauses(game) : null,
  };
}
