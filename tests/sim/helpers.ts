import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  answerEvent,
  continueGame,
  newGame,
  parseScenario,
  submitDecisions,
  type Decisions,
  type Game,
  type Policy,
  type Scenario,
  type ScenarioInput,
} from '../../src/sim/index';

export const SCENARIO_PATH = resolve(__dirname, '../../scenarios/series-b-saas.json');

/**
 * The series-b-saas file as written, its starting situations left out: the tests of the model's
 * mechanics start every seed from the company as described (model/situation.ts), so that an edit
 * to the company (less cash, more debt) is what the game starts from on any seed. The tests of
 * the situations themselves load the built-in files (tests/scenarios/builtin.ts).
 */
export function rawScenario(): Record<string, unknown> {
  const raw = JSON.parse(readFileSync(SCENARIO_PATH, 'utf8')) as Record<string, unknown>;
  delete raw.situations;
  return raw;
}

export function loadScenario(edit?: (raw: ScenarioInput) => void): Scenario {
  const raw = rawScenario() as unknown as ScenarioInput;
  edit?.(raw);
  const r = parseScenario(raw);
  if (!r.ok) throw new Error(r.error.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.value;
}

export function seeds(n: number, from = 1): number[] {
  return Array.from({ length: n }, (_, i) => from + i);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

/** A policy playing fixed decisions (edited per quarter) and default choices. */
export function fixedPolicy(
  name: string,
  decide: (game: Game, base: Decisions) => Decisions,
  choose?: Policy['choose'],
): Policy {
  return {
    name,
    decide: (game) => decide(game, structuredClone(game.scenario.startingDecisions)),
    choose: choose ?? ((_g, ev) => ev.defaultOptionId),
  };
}

/**
 * A game played to bankruptcy: the scenario's company with `cashShare` of its cash hires the most
 * senior product engineers a quarter allows, on 20% raises, every quarter. An eighth of the cash
 * runs out in quarter 2 (engine 1.8.0's sales, marketing and G&A share), a quarter of it in a few
 * quarters, all of it late in the game.
 */
export function bankruptGame(cashShare: number, seed = 1): Game {
  const short = loadScenario((raw) => {
    raw.company.cash *= cashShare;
  });
  const overHiring = fixedPolicy('over-hiring', (game, base) => {
    base.talent.hiring = [
      { role: 'product', level: 'senior', count: game.scenario.limits.maxHiresPerQuarter },
    ];
    base.talent.payAdjustmentPct = 20;
    return base;
  });
  return play(short, seed, overHiring);
}

/** Plays `quarters` quarters (or to the end) and returns the game. */
export function play(scenario: Scenario, seed: number, policy: Policy, quarters = 99): Game {
  return playUntil(scenario, seed, policy, (g) => g.history.length >= quarters);
}

/** Plays until `until` holds at the start of a quarter's planning, or to the end. */
export function playUntil(
  scenario: Scenario,
  seed: number,
  policy: Policy,
  until: (game: Game) => boolean,
): Game {
  let game = newGame(scenario, seed);
  while (game.phase !== 'ended') {
    if (game.phase === 'planning') {
      if (until(game)) break;
      const r = submitDecisions(game, policy.decide(game));
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      game = r.value;
    } else if (game.phase === 'events') {
      const ev = game.pending[0]!;
      const r = answerEvent(game, ev.id, policy.choose(game, ev));
      if (!r.ok) throw new Error(r.error.en);
      game = r.value;
    } else game = continueGame(game);
  }
  return game;
}
