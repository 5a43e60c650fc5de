import { describe, expect, it } from 'vitest';
import {
  balancedPolicy,
  deckFor,
  newGame,
  runGame,
  type Policy,
  type Scenario,
} from '../../src/sim/index';
import { BASE_DILEMMAS, BASE_REQUESTS } from '../../src/sim/deck';
import { idFromFile, loadBuiltin, rawScenarioFile, SCENARIO_FILES } from './builtin';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;

/** Every { en, ja } text in a JSON value, with its JSON path. */
function localizedTexts(value: unknown, path = ''): { path: string; en: unknown; ja: unknown }[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  if (keys.length === 2 && keys[0] === 'en' && keys[1] === 'ja')
    return [{ path, en: obj.en, ja: obj.ja }];
  return keys.flatMap((k) => localizedTexts(obj[k], path === '' ? k : `${path}.${k}`));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Keeps the scenario's own starting plan and takes each card's default option. */
const startingPlanPolicy: Policy = {
  name: 'starting-plan',
  decide: (game) => game.scenario.startingDecisions,
  choose: (_game, ev) => ev.defaultOptionId,
};

describe('built-in scenarios', () => {
  it('include the four scenarios of issue 3', () => {
    expect(SCENARIO_FILES.map(idFromFile)).toEqual(
      expect.arrayContaining([
        'series-b-saas',
        'mega-venture',
        'fintech-regulated',
        'enterprise-dx',
      ]),
    );
  });

  it('have unique ids that match their file names', () => {
    const ids = SCENARIO_FILES.map((f) => loadBuiltin(f).id);
    expect(ids).toEqual(SCENARIO_FILES.map(idFromFile));
    expect(duplicates(ids)).toEqual([]);
  });
});

describe.each(SCENARIO_FILES)('%s', (file) => {
  const scenario: Scenario = loadBuiltin(file);
  const raw = rawScenarioFile(file);

  it('has every text in English and Japanese', () => {
    const texts = localizedTexts(raw);
    expect(texts.map((t) => t.path)).toEqual(
      expect.arrayContaining(['title', 'description', 'winning']),
    );
    for (const t of texts) {
      expect(typeof t.en === 'string' && t.en.trim().length > 0, `${t.path}.en`).toBe(true);
      expect(typeof t.ja === 'string' && JAPANESE.test(t.ja), `${t.path}.ja`).toBe(true);
    }
  });

  it('uses the same placeholders in both languages of a request', () => {
    for (const r of scenario.deck.requests) {
      expect(placeholders(r.body.ja), `${r.id}.body`).toEqual(placeholders(r.body.en));
      expect(placeholders(r.title.ja), `${r.id}.title`).toEqual(placeholders(r.title.en));
    }
  });

  it('has unique ids for cards, options, requests, initiatives and risk items', () => {
    const deck = deckFor(scenario);
    expect(duplicates(deck.dilemmas.map((c) => c.id))).toEqual([]);
    expect(duplicates(deck.requests.map((r) => r.id))).toEqual([]);
    for (const c of deck.dilemmas) expect(duplicates(c.options.map((o) => o.id))).toEqual([]);
    expect(duplicates(scenario.initiatives.map((i) => i.id))).toEqual([]);
    expect(duplicates(scenario.riskRegister.map((r) => r.id))).toEqual([]);
  });

  it('does not shadow a base card with its own by accident (own ids are new)', () => {
    const base = new Set([...BASE_DILEMMAS, ...BASE_REQUESTS].map((c) => c.id));
    for (const c of scenario.deck.dilemmas) expect(base.has(c.id), c.id).toBe(false);
    for (const r of scenario.deck.requests) expect(base.has(r.id), r.id).toBe(false);
    for (const id of scenario.deck.exclude) expect(base.has(id), `exclude ${id}`).toBe(true);
  });

  it('offers a risk-register item for every kind of risk event', () => {
    expect(new Set(scenario.riskRegister.map((r) => r.mitigates))).toEqual(
      new Set(['outage', 'breach', 'key-person', 'vendor', 'audit']),
    );
  });

  it('starts with a span of control of 6-9 and a plan the engine accepts', () => {
    const game = newGame(scenario, 1);
    expect(game.baseline.spanOfControl).toBeGreaterThanOrEqual(6);
    expect(game.baseline.spanOfControl).toBeLessThanOrEqual(9);
    expect(game.baseline.runwayQuarters).toBeGreaterThan(4);
  });

  it.each([balancedPolicy, startingPlanPolicy])(
    'plays a whole game under the $name policy with finite metrics',
    (policy) => {
      for (const seed of [1, 2]) {
        const game = runGame(scenario, seed, policy);
        expect(game.phase).toBe('ended');
        expect(game.history.length).toBeGreaterThan(0);
        for (const h of game.history)
          for (const [k, v] of Object.entries(h.metrics))
            expect(Number.isFinite(v), `q${h.quarter} ${k}`).toBe(true);
      }
    },
  );
});
