/**
 * Paired shock experiments: what a shock to one stock in the middle of a game costs the final
 * score, for the reference policy (which reads the state and may answer it) and for the kept
 * fixed plans (docs/balance/plans, which cannot). Issue 11: a stock the cards and events move
 * must have consequences a player feels; if a shock washes out, an answer that avoids it is worth
 * nothing and reading the state is worth nothing either.
 *
 *   npx tsx scripts/shocks.ts                                  # four scenarios, seeds 1..100, quarter 4
 *   npx tsx scripts/shocks.ts --seeds 60 --quarter 6 scenarios/enterprise-dx.json
 *
 * Each seed is played to the planning phase of the shock quarter; then the same game goes on
 * (a) untouched, (b) with each shock, to the end, by the same policy. The shocks enter through
 * the engine's own effects (a delayed effect due at the start of the shock quarter, as a card's
 * consequence would), so they mean what a card's effect means on the engine in use:
 * - exhaustion +20 points;
 * - customers -5% (effect customersPct -5);
 * - competitiveness -10 points; employer brand -10 points;
 * - a data breach in the shock quarter: the breach stream's state for that quarter is replaced
 *   by one whose draw falls under any probability (and, in the untouched game, by one whose draw
 *   falls over it), and set back to where the seed's own stream would be for the next quarter,
 *   so every other draw of the game stays paired.
 * The cost is the mean of (untouched - shocked) over seeds, in points of the final score, with its
 * standard error.
 */
import { resolve } from 'node:path';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import {
  applyAction,
  fixedPlanPolicy,
  fixedPlanOf,
  newGame,
  playToEnd,
  policyAction,
  referencePolicy,
  selectScore,
  type Game,
  type Policy,
} from '../src/sim/index';
import { loadScenarioFile } from '../src/cli/io';
import { readPlanLibrary } from '../src/cli/plan-library';

const ROOT = resolve(__dirname, '..');
const SCENARIOS = ['series-b-saas', 'fintech-regulated', 'enterprise-dx', 'mega-venture'];

interface Args {
  seeds: number;
  quarter: number;
  files: string[];
  plans: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { seeds: 100, quarter: 4, files: [], plans: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seeds') args.seeds = Number(argv[++i]);
    else if (a === '--quarter') args.quarter = Number(argv[++i]);
    else if (a === '--no-plans') args.plans = false;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(
        'usage: npx tsx scripts/shocks.ts [--seeds N] [--quarter Q] [--no-plans] [scenario.json ...]\n',
      );
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option "${a}" (try --help)`);
    else args.files.push(resolve(a));
  }
  if (!Number.isInteger(args.seeds) || args.seeds < 2) throw new Error('--seeds needs 2 or more');
  if (!Number.isInteger(args.quarter) || args.quarter < 2)
    throw new Error('--quarter needs a quarter of 2 or later');
  if (args.files.length === 0)
    args.files = SCENARIOS.map((id) => resolve(ROOT, 'scenarios', `${id}.json`));
  return args;
}

/** The game at the planning phase of `quarter`, played by `policy` (null if it ended before). */
function playUntil(game: Game, policy: Policy, quarter: number): Game | null {
  let g = game;
  while (!(g.phase === 'planning' && g.quarter === quarter)) {
    if (g.phase === 'ended') return null;
    const r = applyAction(g, policyAction(g, policy));
    if (!r.ok) throw new Error(`policy ${policy.name ?? ''} refused: ${JSON.stringify(r.error)}`);
    g = r.value;
  }
  return g;
}

function finish(game: Game, policy: Policy): number {
  const r = playToEnd(game, policy);
  if (!r.ok) throw new Error(`policy ${policy.name ?? ''} refused a move`);
  return selectScore(r.value).score;
}

/** A breach stream state whose first draw is under (forced) or over (spared) any probability. */
function breachState(breach: boolean): number[] {
  for (let s = 1; ; s++) {
    const g = xoroshiro128plusFromState([s, s * 7 + 1, s * 13 + 5, s * 31 + 9]);
    const u = (g.clone().next() >>> 0) / 4294967296;
    if (breach ? u < 1e-4 : u > 1 - 1e-4) return [s, s * 7 + 1, s * 13 + 5, s * 31 + 9];
  }
}
const FORCED = breachState(true);
const SPARED = breachState(false);

function jumped(state: readonly number[]): number[] {
  const g = xoroshiro128plusFromState(state);
  g.jump();
  return [...g.getState()];
}

/**
 * Plays the shock quarter with the breach stream replaced (forced or spared), then puts the
 * seed's own stream back for the quarters after, and plays to the end.
 */
function withBreachDraw(game: Game, policy: Policy, breach: boolean): number {
  const next = jumped(game.rng.breach);
  const g: Game = { ...game, rng: { ...game.rng, breach: breach ? FORCED : SPARED } };
  const r = applyAction(g, policyAction(g, policy));
  if (!r.ok) throw new Error(`policy ${policy.name ?? ''} refused the shock quarter's plan`);
  return finish({ ...r.value, rng: { ...r.value.rng, breach: next } }, policy);
}

type Shock = { id: string; apply: (g: Game, p: Policy) => number };

/** A shock to a stock through the engine's effects, due at the start of the shock quarter. */
function delayed(target: string, delta: number): Shock['apply'] {
  return (g, p) => {
    const state = {
      ...g.state,
      delayed: [
        ...g.state.delayed,
        { dueQuarter: g.quarter, source: 'shock', effects: [{ target, delta }] },
      ],
    } as Game['state'];
    return withBreachDraw({ ...g, state }, p, false);
  };
}

const SHOCKS: Shock[] = [
  { id: 'exhaustion +20', apply: delayed('exhaustion', 20) },
  { id: 'customers -5%', apply: delayed('customersPct', -5) },
  { id: 'competitiveness -10', apply: delayed('competitiveness', -10) },
  { id: 'brand -10', apply: delayed('brand', -10) },
  { id: 'breach', apply: (g, p) => withBreachDraw(g, p, true) },
];

function meanSe(xs: number[]): string {
  const n = xs.length;
  const m = xs.reduce((a, b) => a + b, 0) / n;
  const v = xs.reduce((a, b) => a + (b - m) * (b - m), 0) / Math.max(1, n - 1);
  return `${m.toFixed(2)} ±${Math.sqrt(v / n).toFixed(2)}`;
}

function run(args: Args): void {
  for (const file of args.files) {
    const scenario = loadScenarioFile(file);
    const policies: Policy[] = [referencePolicy];
    if (args.plans) {
      const { library } = readPlanLibrary(resolve(ROOT, 'docs/balance/plans'), scenario);
      for (const kept of library.plans)
        policies.push(fixedPlanPolicy(fixedPlanOf(kept, scenario.horizonQuarters)));
    }
    const costs = new Map<string, number[]>();
    for (const policy of policies) {
      const kind = policy === referencePolicy ? 'reference' : 'kept plans';
      for (let seed = 1; seed <= args.seeds; seed++) {
        const at = playUntil(newGame(scenario, seed), policy, args.quarter);
        if (!at) continue;
        // The untouched game meets no breach in the shock quarter either (paired with 'breach').
        const base = withBreachDraw(at, policy, false);
        for (const shock of SHOCKS) {
          const key = `${kind}\t${shock.id}`;
          const shocked = shock.apply(at, policy);
          const list = costs.get(key) ?? [];
          list.push(base - shocked);
          costs.set(key, list);
        }
      }
    }
    process.stdout.write(
      `${scenario.id}: points lost by a shock at quarter ${args.quarter} (mean ± s.e., ${args.seeds} seeds)\n`,
    );
    for (const [key, xs] of costs) process.stdout.write(`  ${key.padEnd(40)}\t${meanSe(xs)}\n`);
  }
}

run(parseArgs(process.argv.slice(2)));
