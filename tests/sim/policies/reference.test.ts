/**
 * The reference policy plays from what a player sees: never the PRNG (future draws) or hidden
 * state, and it says why for every quarter and every answer, in English and Japanese.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  answerEvent,
  continueGame,
  deckFor,
  newGame,
  referencePolicy,
  runGame,
  selectBriefing,
  submitDecisions,
  type Game,
} from '../../../src/sim/index';
import type { Observation } from '../../../src/sim/policies/observe';
import { ANSWER_RULES, requestLooksFeasible } from '../../../src/sim/policies/reference-answers';
import type { PendingEvent } from '../../../src/sim/types';
import { loadBuiltin, SCENARIO_FILES } from '../../scenarios/builtin';

/** The game at the planning phase of `quarter`, played by the reference. */
function gameAt(file: string, seed: number, quarter: number): Game {
  let game = newGame(loadBuiltin(file), seed);
  while (game.phase !== 'ended' && !(game.phase === 'planning' && game.quarter === quarter)) {
    if (game.phase === 'planning') {
      const r = submitDecisions(game, referencePolicy.decide(game));
      if (!r.ok) throw new Error('refused');
      game = r.value;
    } else if (game.phase === 'events') {
      const ev = game.pending[0]!;
      const r = answerEvent(game, ev.id, referencePolicy.choose(game, ev));
      if (!r.ok) throw new Error('refused');
      game = r.value;
    } else game = continueGame(game);
  }
  return game;
}

describe.each(SCENARIO_FILES)('%s: the reference policy', (file) => {
  it('decides the same whatever the PRNG holds (it never reads future draws)', () => {
    const game = gameAt(file, 3, 5);
    const rng = structuredClone(game.rng);
    for (const k of Object.keys(rng) as (keyof typeof rng)[])
      rng[k] = rng[k].map((x) => (x ^ 0x5bd1e995) | 0);
    const other: Game = { ...game, rng };
    expect(referencePolicy.decideWithReasons(other)).toEqual(
      referencePolicy.decideWithReasons(game),
    );
  });

  it('decides the same when only hidden state differs (debt indices behind the dashboard)', () => {
    const game = gameAt(file, 4, 4);
    const hidden: Game = {
      ...game,
      state: {
        ...game.state,
        debt: { ...game.state.debt, infra: game.state.debt.infra + 17, security: 0 },
      },
    };
    expect(referencePolicy.decide(hidden)).toEqual(referencePolicy.decide(game));
  });

  it('gives a reason in English and Japanese for each quarter and each answer', () => {
    let game = newGame(loadBuiltin(file), 2);
    let answers = 0;
    while (game.phase !== 'ended') {
      if (game.phase === 'planning') {
        const r = referencePolicy.decideWithReasons(game);
        expect(r.summary.en.length).toBeGreaterThan(10);
        expect(r.summary.ja.length).toBeGreaterThan(5);
        for (const reason of r.reasons) {
          expect(reason.text.en).not.toBe('');
          expect(reason.text.ja).not.toBe('');
        }
        const s = submitDecisions(game, r.decisions);
        if (!s.ok) throw new Error('refused');
        game = s.value;
      } else if (game.phase === 'events') {
        const ev = game.pending[0]!;
        const c = referencePolicy.chooseWithReason(game, ev);
        expect(ev.options.map((o) => o.id)).toContain(c.optionId);
        expect(c.reason.en.length).toBeGreaterThan(5);
        expect(c.reason.ja.length).toBeGreaterThan(3);
        answers++;
        const s = answerEvent(game, ev.id, c.optionId);
        if (!s.ok) throw new Error('refused');
        game = s.value;
      } else game = continueGame(game);
    }
    expect(answers).toBeGreaterThan(0);
  });

  it('says which reliability trouble it answers: the incidents it saw, and the error budget only when overspent', () => {
    const said = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      let game = newGame(loadBuiltin(file), seed);
      while (game.phase !== 'ended') {
        if (game.phase === 'planning') {
          const r = referencePolicy.decideWithReasons(game);
          const reason = r.reasons.find((x) => /more points to reliability work/.test(x.text.en));
          if (reason) {
            const incidents = game.state.last.incidents;
            const warnings = new Set(selectBriefing(game).warnings.map((w) => w.id));
            const overspent = warnings.has('error-budget-spent') || warnings.has('release-freeze');
            const { en, ja } = reason.text;
            expect(en).toMatch(overspent ? /error budget is overspent/ : /within the error budget/);
            expect(ja).toContain(`${incidents}件`);
            expect(ja).not.toContain('逼迫');
            if (overspent && incidents < 3) {
              expect(en).toMatch(incidents === 0 ? /^No incidents/ : /^Only \d+ incidents?/);
              expect(ja).toMatch(/ですが、エラーバジェットは使い切っています。/);
            } else expect(en).toMatch(new RegExp(`^${incidents} incidents last quarter`));
            said.add(overspent ? (incidents < 3 ? 'budget' : 'both') : 'incidents');
          }
          const s = submitDecisions(game, r.decisions);
          if (!s.ok) throw new Error('refused');
          game = s.value;
        } else if (game.phase === 'events') {
          const ev = game.pending[0]!;
          const s = answerEvent(game, ev.id, referencePolicy.choose(game, ev));
          if (!s.ok) throw new Error('refused');
          game = s.value;
        } else game = continueGame(game);
      }
    }
    expect(said.size).toBeGreaterThan(0);
  });

  it('plays whole games the engine accepts, the same game for the same seed', () => {
    const scenario = loadBuiltin(file);
    expect(runGame(scenario, 9, referencePolicy)).toEqual(runGame(scenario, 9, referencePolicy));
  });
});

describe('the reference reads only what a player sees', () => {
  const dir = join(__dirname, '../../../src/sim/policies');
  /** Engine modules a player-visible observation is built from (observe.ts), and plain types. */
  const SEEN = new Set([
    '../briefing',
    '../game',
    // the plan screen's lever menus (each lever's range, as the player sees it)
    '../levers',
    '../selectors',
    '../scenario/schema',
    '../types',
  ]);
  const OWN = new Set(['./observe', './reasoned', './reference-answers', './crisis']);

  it.each(['reference.ts', 'reference-answers.ts', 'reasoned.ts', 'observe.ts', 'crisis.ts'])(
    '%s imports no model, quarter, PRNG or deck module',
    (file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const from = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1] as string);
      expect(from.length).toBeGreaterThan(0);
      for (const spec of from) expect(SEEN.has(spec) || OWN.has(spec), spec).toBe(true);
    },
  );

  it.each(['reference.ts', 'reference-answers.ts'])(
    '%s touches the game only to observe it',
    (file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const uses = [...source.matchAll(/\bgame\b(?!:)(\.\w+|\))?/g)].map((m) => m[0]);
      expect(
        uses.every((u) => u === 'game)'),
        uses.join(', '),
      ).toBe(true);
    },
  );
});

describe('the reference’s tools and test automation (engine 1.33.0)', () => {
  it('buys the observability tool for a few teams’ services, not for fifty', () => {
    const tool = (file: string) =>
      referencePolicy.decide(gameAt(file, 1, 2)).budget.tools.observability;
    expect(tool('series-b-saas.json')).toBe(true);
    expect(tool('mega-venture.json')).toBe(false);
  });

  it('raises test automation to its top level only with a platform team to carry its flaky tests', () => {
    for (const file of SCENARIO_FILES)
      for (const quarter of [2, 5]) {
        const d = referencePolicy.decide(gameAt(file, 2, quarter));
        if (!d.org.platformTeam) expect(d.process.testAutomation, file).toBeLessThan(3);
      }
  });
});

describe('the reference’s answer rules', () => {
  // Every option a rule names: a misspelt one would be skipped without a word.
  const cards = new Map(
    SCENARIO_FILES.flatMap((f) => deckFor(loadBuiltin(f)).dilemmas).map((c) => [c.id, c]),
  );

  it.each(Object.entries(ANSWER_RULES))(
    '%s: names options of a built-in card, the last rule unconditional',
    (id, rules) => {
      const card = cards.get(id);
      expect(card, `${id} is no card of a built-in scenario`).toBeDefined();
      const options = new Set(card!.options.map((o) => o.id));
      for (const rule of rules) expect(options.has(rule.option), `${id}/${rule.option}`).toBe(true);
      expect(rules[rules.length - 1]!.when).toBeUndefined();
    },
  );
});

describe('the reference’s work policy', () => {
  it('chooses hybrid work in every built-in scenario', () => {
    for (const file of SCENARIO_FILES)
      expect(referencePolicy.decide(gameAt(file, 1, 2)).trends.workPolicy).toBe('hybrid');
  });

  it('moves an office organisation to hybrid work, and says why', () => {
    const decision = referencePolicy.decideWithReasons(
      newGame(loadBuiltin('enterprise-dx.json'), 1),
    );
    expect(decision.decisions.trends.workPolicy).toBe('hybrid');
    expect(decision.reasons.some((r) => r.topic === 'trends.workPolicy')).toBe(true);
  });

  it('goes fully remote when a small organisation starts short of cash, and says why', () => {
    const scenario = loadBuiltin('series-b-saas.json');
    const short = { ...scenario, company: { ...scenario.company, cash: 8_000_000 } };
    const decision = referencePolicy.decideWithReasons(newGame(short, 1));
    expect(decision.decisions.trends.workPolicy).toBe('remote');
    expect(decision.reasons.some((r) => r.topic === 'trends.workPolicy')).toBe(true);
    // the same cash in an organisation of many teams: remote coordination would cost more
    const mega = loadBuiltin('mega-venture.json');
    const megaShort = { ...mega, company: { ...mega.company, cash: mega.company.cash / 20 } };
    expect(referencePolicy.decide(newGame(megaShort, 1)).trends.workPolicy).toBe('hybrid');
  });
});

describe('the reference reads the signals the cards’ risks are read from', () => {
  /** What the dashboard and briefing show, reduced to the figures these rules read. */
  const seen = (
    cycle: 'boom' | 'normal' | 'downturn',
    kpi: Observation['kpi'] = {},
    quartersLeft = 8,
  ): Observation =>
    ({
      quarter: 13 - quartersLeft,
      horizonQuarters: 12,
      quartersLeft,
      kpi: { runwayQuarters: 20, exhaustion: 25, incidents: 0, techDebt: 40, ...kpi },
      kpiDelta: {},
      warnings: new Set(),
      briefing: { market: { cycle }, commitments: [] },
      scenario: { limits: { maxContractors: 20 } },
    }) as unknown as Observation;
  const answer = (card: string, o: Observation) =>
    ANSWER_RULES[card]!.find((r) => r.when?.(o) ?? true)!.option;
  /** A stakeholder request due in quarter 6, as its dialog shows it. */
  const requestOf = (sourceId: string, measure: string, target: number, baseline: number) =>
    ({
      kind: 'request',
      sourceId,
      request: { measure, target, dueQuarter: 6, baseline },
    }) as unknown as PendingEvent;

  it('crunches a rested team in a boom, cuts scope in a downturn, spares a tired team', () => {
    expect(answer('launch-crunch', seen('boom'))).toBe('crunch');
    expect(answer('launch-crunch', seen('normal'))).toBe('crunch');
    expect(answer('launch-crunch', seen('downturn'))).toBe('cut-scope');
    expect(answer('launch-crunch', seen('boom', { exhaustion: 45 }))).toBe('contractors');
    expect(answer('launch-crunch', seen('boom', { exhaustion: 45, runwayQuarters: 9 }))).toBe(
      'cut-scope',
    );
  });

  it('commits to cloud usage only while buyers are buying', () => {
    expect(answer('cloud-cost-spike', seen('boom', { runwayQuarters: 12 }))).toBe(
      'buy-commitments',
    );
    expect(answer('cloud-cost-spike', seen('downturn', { runwayQuarters: 12 }))).toBe(
      'finops-tiger-team',
    );
  });

  it('answers the market in how it plans, pays and builds', () => {
    expect(answer('innovation-time', seen('boom'))).toBe('twenty-percent');
    expect(answer('innovation-time', seen('normal'))).toBe('twenty-percent');
    expect(answer('innovation-time', seen('downturn'))).toBe('twenty-percent');
    expect(answer('edx-pay-bands', seen('boom'))).toBe('job-based-band');
    expect(answer('edx-pay-bands', seen('normal'))).toBe('reskill-transfers');
    expect(answer('edx-annual-budget', seen('downturn'))).toBe('waterfall-plan');
    expect(answer('edx-annual-budget', seen('boom'))).toBe('outcome-funding');
    expect(answer('unify-stacks', seen('downturn'))).toBe('converge');
    expect(answer('unify-stacks', seen('boom'))).toBe('golden-paths');
    expect(answer('multi-cloud', seen('downturn'))).toBe('exit-plan');
    expect(answer('multi-cloud', seen('boom'))).toBe('exit-plan');
  });

  it('converges the stacks in a downturn only where the code carries debt for it to pay down', () => {
    expect(answer('unify-stacks', seen('downturn', { techDebt: 25 }))).toBe('converge');
    expect(answer('unify-stacks', seen('downturn', { techDebt: 5 }))).toBe('golden-paths');
    expect(answer('unify-stacks', seen('normal', { techDebt: 25 }))).toBe('golden-paths');
  });

  it('keeps a 20% time for a rested team with runway and no feature promise owed', () => {
    expect(answer('innovation-time', seen('boom', { runwayQuarters: 6 }))).toBe('hack-week');
    expect(answer('innovation-time', seen('boom', { exhaustion: 55 }))).toBe('hack-week');
    expect(answer('innovation-time', seen('boom', {}, 3))).toBe('twenty-percent');
    const owed = {
      ...seen('boom'),
      briefing: {
        market: { cycle: 'boom' },
        commitments: [{ measure: 'featuresDelivered', metNow: false }],
      },
    } as unknown as Observation;
    expect(answer('innovation-time', owed)).toBe('roadmap-first');
  });

  it('contributes upstream rather than buy a licence, whatever the runway', () => {
    expect(answer('oss-vs-commercial', seen('normal', { runwayQuarters: 20 }))).toBe(
      'contribute-upstream',
    );
    expect(answer('oss-vs-commercial', seen('normal', { runwayQuarters: 10 }))).toBe(
      'contribute-upstream',
    );
  });

  it('funds a paydown plan whatever the debt tax, and a fix-it week only in the last quarters', () => {
    const taxed = {
      ...seen('normal'),
      warnings: new Set(['debt-tax-high']),
    } as unknown as Observation;
    expect(answer('debt-quantify', taxed)).toBe('measure-and-plan');
    expect(answer('debt-quantify', seen('normal', {}, 3))).toBe('fix-it-week');
  });

  it('forms a platform team and re-draws the teams only where changes are slow to reach production', () => {
    // mega-venture's cards read the paved road's payoff, the reorganisation's and the
    // frustration of leaving the teams from the lead time on the dashboard. The sprawl's cost
    // does not follow the lead time: where changes are fast, each team gets an infrastructure
    // engineer instead of keeping its own way to deploy (last quarters too).
    const slow = seen('normal', { leadTimeDays: 7 });
    const fast = seen('normal', { leadTimeDays: 2 });
    expect(answer('mega-platform-team', slow)).toBe('central-platform');
    expect(answer('mega-platform-team', fast)).toBe('embedded-sre');
    expect(answer('mega-platform-team', seen('normal', { leadTimeDays: 2 }, 3))).toBe(
      'embedded-sre',
    );
    expect(answer('mega-cross-team-dependencies', slow)).toBe('team-topologies');
    expect(answer('mega-cross-team-dependencies', fast)).toBe('leave-structure');
  });

  it('splits the monolith only where its tangled code pays for the services (engine 1.35.0)', () => {
    // Services split off cleaner code are likely to become a distributed monolith (the card's
    // risk, read from the code debt): below 20 the module boundaries are the safer step.
    expect(answer('microservices', seen('normal', { techDebt: 15 }))).toBe('modular-monolith');
    expect(answer('microservices', seen('normal', { techDebt: 25 }))).toBe('strangler');
  });

  it('leaves clean code alone: module boundaries would find little debt to pay down', () => {
    expect(answer('microservices', seen('normal', { techDebt: 1 }))).toBe('stay');
    expect(answer('microservices', seen('normal', { techDebt: 8 }))).toBe('modular-monolith');
  });

  it('goes deeper into managed services where restores are slow, else keeps a tested exit plan', () => {
    expect(answer('multi-cloud', seen('normal', { mttrHours: 6 }))).toBe('go-deeper');
    expect(answer('multi-cloud', seen('normal', { mttrHours: 2 }))).toBe('exit-plan');
  });

  it('tokenises card data, fixes the regulator’s findings and builds controls into the pipeline, short runway or last quarters', () => {
    // A card is drawn only while its last payoff lands within the horizon (cardReach).
    for (const o of [seen('normal', { runwayQuarters: 6 }), seen('normal', {}, 3)]) {
      expect(answer('fin-card-data-scope', o)).toBe('tokenise');
      expect(answer('fin-regulator-inspection', o)).toBe('remediation-programme');
      expect(answer('fin-change-approval', o)).toBe('controls-in-pipeline');
    }
  });

  it('writes a full postmortem of a payments outage, feature promise owed or not', () => {
    const promise = { measure: 'featuresDelivered', metNow: false };
    const owed = seen('normal');
    Object.assign(owed.briefing, { commitments: [promise] });
    expect(answer('fin-outage-report', owed)).toBe('full-postmortem');
    expect(answer('fin-outage-report', seen('normal'))).toBe('full-postmortem');
  });

  it('takes HR’s retention ask at low engagement too (its stakes repay odds over one in six)', () => {
    const ask = requestOf('hr-retention', 'attritionRate', 0.12, 0.14);
    expect(requestLooksFeasible(seen('normal', { engagement: 50 }), ask)).toBe(true);
    expect(requestLooksFeasible(seen('normal', { engagement: 65 }), ask)).toBe(true);
  });

  it('promises no cost cut, short runway and falling costs or not', () => {
    const ask = requestOf('cfo-cut-cost', 'costPerQuarter', 96, 100);
    const falling = {
      ...seen('downturn', { runwayQuarters: 6, costs: 100 }),
      kpiDelta: { costs: -3 },
    } as unknown as Observation;
    expect(requestLooksFeasible(falling, ask)).toBe(false);
    expect(requestLooksFeasible(seen('normal', { costs: 100 }), ask)).toBe(false);
  });

  it('removes deploy downtime for good whatever the market, runway or incidents (engine 1.33.0)', () => {
    for (const cycle of ['boom', 'normal', 'downturn'] as const) {
      expect(answer('zero-downtime', seen(cycle))).toBe('blue-green');
      expect(answer('zero-downtime', seen(cycle, { runwayQuarters: 5 }))).toBe('blue-green');
      expect(answer('zero-downtime', seen(cycle, { incidents: 4 }))).toBe('blue-green');
    }
  });

  it('gates every build on a pipeline fast enough to take them; a penetration test on one that takes weeks (engine 1.37.0)', () => {
    expect(answer('security-in-pipeline', seen('normal', { leadTimeDays: 7 }))).toBe(
      'blocking-gates',
    );
    expect(
      answer('security-in-pipeline', seen('boom', { leadTimeDays: 5, runwayQuarters: 5 })),
    ).toBe('blocking-gates');
    expect(answer('security-in-pipeline', seen('normal', { leadTimeDays: 14 }))).toBe(
      'blocking-gates',
    );
    expect(answer('security-in-pipeline', seen('normal', { leadTimeDays: 25 }))).toBe(
      'yearly-pentest',
    );
  });

  it('buys a consultancy’s head start in SRE, few incidents or many (an SRE team’s relief does not pay back its builders)', () => {
    expect(answer('introduce-sre', seen('normal', { incidents: 2 }))).toBe('consultancy');
    expect(answer('introduce-sre', seen('normal', { incidents: 2, runwayQuarters: 5 }))).toBe(
      'consultancy',
    );
    expect(answer('introduce-sre', seen('normal', { incidents: 5 }))).toBe('consultancy');
  });

  it('answers the board’s efficiency mandate by retiring duplicates, long runway or not; a cut across the board only where the runway is short', () => {
    expect(answer('mega-efficiency-mandate', seen('normal', { runwayQuarters: 40 }))).toBe(
      'consolidate',
    );
    expect(answer('mega-efficiency-mandate', seen('normal', { runwayQuarters: 12 }))).toBe(
      'consolidate',
    );
    expect(answer('mega-efficiency-mandate', seen('normal', { runwayQuarters: 6 }))).toBe(
      'across-the-board',
    );
  });

  it('hands code over to a cheaper integrator only when cash is short and the code is clean enough', () => {
    expect(answer('edx-insourcing', seen('normal', { runwayQuarters: 5, techDebt: 40 }))).toBe(
      'switch-integrator',
    );
    expect(answer('edx-insourcing', seen('normal', { runwayQuarters: 5, techDebt: 70 }))).toBe(
      'insource-gradually',
    );
    expect(answer('edx-insourcing', seen('normal', { techDebt: 40 }))).toBe('insource-gradually');
  });
});
