import { describe, expect, it } from 'vitest';
import {
  GENERAL_REFLECTION,
  deckFor,
  parseScenario,
  reflectionQuestions,
  scenarioHash,
  type ScenarioInput,
} from '../../src/sim/index';
import { dilemmaEvent } from '../../src/sim/model/choices';
import { BASE_DILEMMAS, BASE_REQUESTS, completeDilemma, completeRequest } from '../../src/sim/deck';
import {
  deckFileSchema,
  dilemmaCardSchema,
  requestTemplateSchema,
} from '../../src/sim/scenario/schema';
import dilemmasFile from '../../scenarios/deck/dilemmas.json';
import requestsFile from '../../scenarios/deck/requests.json';
import { SCENARIO_FILES, loadBuiltin } from '../scenarios/builtin';
import { loadScenario, rawScenario } from './helpers';

describe('scenario schema', () => {
  it('accepts the Series-B SaaS scenario', () => {
    const r = parseScenario(rawScenario());
    expect(r.ok).toBe(true);
  });

  it('names the JSON path of every problem in a malformed scenario', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately malformed JSON
    const raw = rawScenario() as Record<string, any>;
    raw.company.cash = 'lots';
    raw.startingDecisions.allocation.features = 50;
    raw.deck.dilemmas = [
      {
        id: 'x',
        situation: 's',
        title: { en: 'T', ja: 'T' },
        body: { en: 'B', ja: '' },
        options: [
          {
            id: 'a',
            label: { en: 'a', ja: 'a' },
            hint: { en: 'a', ja: 'a' },
            effects: [{ target: 'nope', delta: 1 }],
          },
        ],
        defaultOptionId: 'b',
      },
    ];
    const r = parseScenario(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.error.map((i) => i.path);
    expect(paths).toContain('company.cash');
    expect(paths).toContain('deck.dilemmas[0].body.ja');
    expect(paths).toContain('deck.dilemmas[0].options');
    expect(paths).toContain('deck.dilemmas[0].options[0].effects[0].target');
    for (const i of r.error) expect(i.message.length).toBeGreaterThan(0);
  });

  it('reports the allocation of the starting plan when it does not sum to 100', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately malformed JSON
    const raw = rawScenario() as Record<string, any>;
    raw.startingDecisions.allocation.features = 50;
    const r = parseScenario(raw);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toContainEqual({
        path: 'startingDecisions.allocation',
        message: expect.stringContaining('sum to 100'),
      });
  });

  it('rejects a non-object and a wrong schema version', () => {
    expect(parseScenario(42).ok).toBe(false);
    const raw = rawScenario();
    raw.schemaVersion = 2;
    const r = parseScenario(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]!.path).toBe('schemaVersion');
  });

  it('hashes content, not key order', () => {
    const a = loadScenario();
    const reordered = Object.fromEntries(Object.entries(rawScenario()).reverse());
    const b = parseScenario(reordered);
    expect(b.ok && scenarioHash(b.value)).toBe(scenarioHash(a));
    const c = loadScenario((raw) => (raw.company.cash += 1));
    expect(scenarioHash(c)).not.toBe(scenarioHash(a));
  });
});

describe('base deck', () => {
  const situations = [
    'quantifying and paying down debt',
    'whether to move to microservices',
    'a sudden cloud cost spike',
    'raising deploy frequency',
    'setting SLOs and an error-budget policy',
    'unifying teams with different stacks',
    'zero-downtime deployment',
    'a data breach',
    'open source vs. commercial',
    'introducing SRE',
    'innovation time',
    'finding the delivery bottleneck',
    'continuous security audit in the pipeline',
    'knowledge sharing',
    'multi-cloud',
  ];

  it('covers every situation of docs/model.md, brief 3', () => {
    const covered = BASE_DILEMMAS.map((c) => c.situation);
    for (const s of situations) expect(covered.some((c) => c.startsWith(s))).toBe(true);
  });

  it('has requests from every stakeholder', () => {
    expect(new Set(BASE_REQUESTS.map((r) => r.stakeholder))).toEqual(
      new Set(['ceo', 'cfo', 'cpo', 'hr', 'cto']),
    );
  });

  it('has cards with 2-4 options, English and Japanese texts, and a valid default', () => {
    const deck = deckFor(loadScenario());
    expect(deck.dilemmas.length).toBe(BASE_DILEMMAS.length);
    for (const c of deck.dilemmas) {
      expect(c.options.length).toBeGreaterThanOrEqual(2);
      expect(c.options.length).toBeLessThanOrEqual(4);
      expect(c.options.map((o) => o.id)).toContain(c.defaultOptionId);
      expect(c.title.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
      expect(c.body.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    }
  });

  it('keeps the base deck in deck files that the scenario schema accepts', () => {
    for (const file of [dilemmasFile, requestsFile]) {
      const parsed = deckFileSchema.safeParse(file);
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
    expect(BASE_DILEMMAS.length).toBe(dilemmasFile.dilemmas.length);
    expect(BASE_REQUESTS.length).toBe(requestsFile.requests.length);
  });

  it('fills in the base deck exactly as the scenario schema would (the schema checks every card)', () => {
    // The game loop completes base cards without zod; the schema stays the authority.
    for (const c of BASE_DILEMMAS) {
      const parsed = dilemmaCardSchema.safeParse(c);
      expect(parsed.error?.issues ?? [], c.id).toEqual([]);
      expect(completeDilemma(c), c.id).toStrictEqual(parsed.data);
    }
    for (const r of BASE_REQUESTS) {
      const parsed = requestTemplateSchema.safeParse(r);
      expect(parsed.error?.issues ?? [], r.id).toEqual([]);
      expect(completeRequest(r), r.id).toStrictEqual(parsed.data);
    }
    // A default the schema applies and the completion would miss is caught above; so is a broken card.
    const broken = { ...BASE_DILEMMAS[0]!, defaultOptionId: 'nope' };
    expect(dilemmaCardSchema.safeParse(broken).success).toBe(false);
  });

  it('lets a scenario exclude base cards and add its own', () => {
    const card = { ...BASE_DILEMMAS[0]!, id: 'own-card' };
    const s = loadScenario((raw) => {
      raw.deck.exclude = ['microservices'];
      raw.deck.dilemmas = [card];
    });
    const ids = deckFor(s).dilemmas.map((c) => c.id);
    expect(ids).not.toContain('microservices');
    expect(ids).toContain('own-card');
  });

  it('lets a scenario leave out an option of a card, for its own games only', () => {
    const options = (s: Parameters<typeof deckFor>[0]) =>
      deckFor(s)
        .dilemmas.find((c) => c.id === 'microservices')!
        .options.map((o) => o.id);
    const s = loadScenario((raw) => {
      raw.deck.excludeOptions = [{ card: 'microservices', option: 'strangler' }];
    });
    expect(options(s)).toEqual(['modular-monolith', 'stay']);
    // the event as the player meets it, and the answer the engine accepts
    const card = deckFor(s).dilemmas.find((c) => c.id === 'microservices')!;
    expect(dilemmaEvent(card, 3).options.map((o) => o.id)).toEqual(['modular-monolith', 'stay']);
    // Another scenario still offers it; one without the field gets none (no default written in,
    // so its content hash stays what it was).
    expect(options(loadScenario())).toContain('strangler');
    expect('excludeOptions' in loadScenario().deck).toBe(false);
  });

  it('refuses an option left out that the scenario cannot leave out, and says why', () => {
    const problems = (
      excludeOptions: { card: string; option: string }[],
      exclude: string[] = [],
    ) => {
      const raw = rawScenario() as unknown as ScenarioInput;
      raw.deck.exclude = exclude;
      raw.deck.excludeOptions = excludeOptions;
      const r = parseScenario(raw);
      return r.ok ? [] : r.error.map((i) => `${i.path}: ${i.message}`);
    };
    expect(problems([{ card: 'no-such-card', option: 'x' }])).toEqual([
      expect.stringMatching(/^deck\.excludeOptions\[0\]\.card: unknown card "no-such-card"/),
    ]);
    // a base card the scenario excludes is not in its deck
    expect(problems([{ card: 'microservices', option: 'stay' }], ['microservices'])[0]).toMatch(
      /unknown card "microservices"/,
    );
    expect(problems([{ card: 'microservices', option: 'nope' }])).toEqual([
      expect.stringMatching(
        /^deck\.excludeOptions\[0\]\.option: card "microservices" has no option "nope"/,
      ),
    ]);
    // the default is what a player who does not choose gets
    expect(problems([{ card: 'microservices', option: 'stay' }])[0]).toMatch(/default option/);
    // a choice needs two options
    expect(
      problems([
        { card: 'microservices', option: 'strangler' },
        { card: 'microservices', option: 'modular-monolith' },
      ]),
    ).toEqual([
      expect.stringMatching(/^deck\.excludeOptions\[1\]\.option: .*fewer than two options/),
    ]);
  });
});

describe("a dilemma's reflection questions", () => {
  /** A scenario's own card written before cards had questions (no `reflection`). */
  const { reflection: _dropped, ...oldCard } = { ...BASE_DILEMMAS[0]!, id: 'own-old-card' };

  it('loads a card without questions and asks it the general ones, by whether the answers were alike', () => {
    const s = loadScenario((raw) => {
      raw.deck.dilemmas = [oldCard];
    });
    const card = deckFor(s).dilemmas.find((c) => c.id === 'own-old-card')!;
    expect(card.reflection).toBeUndefined();
    expect(reflectionQuestions(card, true)).toEqual([GENERAL_REFLECTION.alike]);
    expect(reflectionQuestions(card, false)).toEqual([GENERAL_REFLECTION.differed]);
    // The base deck's cards are completed as the schema would, with or without questions.
    expect(completeDilemma(oldCard)).toStrictEqual(dilemmaCardSchema.parse(oldCard));
  });

  it("asks a card's own questions whatever the answers were", () => {
    const card = completeDilemma(BASE_DILEMMAS[0]!);
    expect(reflectionQuestions(card, true)).toEqual(card.reflection);
    expect(reflectionQuestions(card, false)).toEqual(card.reflection);
  });

  it('refuses a card with no question or more than two, and a question without its Japanese', () => {
    const q = { en: 'Why?', ja: 'なぜでしょうか。' };
    const path = (reflection: unknown) =>
      dilemmaCardSchema
        .safeParse({ ...oldCard, reflection })
        .error?.issues.map((i) => i.path.join('.'));
    expect(path([])).toEqual(['reflection']);
    expect(path([q, q, q])).toEqual(['reflection']);
    expect(path([{ en: 'Why?', ja: '' }])).toEqual(['reflection.0.ja']);
    expect(path([q, q])).toBeUndefined();
  });

  it('gives every built-in card one or two questions of its own, in English and Japanese', () => {
    const cards = [
      ...BASE_DILEMMAS.map(completeDilemma),
      ...SCENARIO_FILES.flatMap((f) => loadBuiltin(f).deck.dilemmas),
    ];
    expect(cards.length).toBe(BASE_DILEMMAS.length + 11);
    const general = new Set(Object.values(GENERAL_REFLECTION).flatMap((g) => [g.en, g.ja]));
    const seen = new Set<string>();
    for (const card of cards) {
      const questions = card.reflection ?? [];
      expect(questions.length, card.id).toBeGreaterThanOrEqual(1);
      expect(questions.length, card.id).toBeLessThanOrEqual(2);
      for (const q of questions)
        for (const text of [q.en, q.ja]) {
          expect(text.trim(), card.id).not.toBe('');
          // Not generic: no question is the general one or another card's.
          expect(general.has(text), `${card.id}: ${text}`).toBe(false);
          expect(seen.has(text), `${card.id}: ${text}`).toBe(false);
          seen.add(text);
        }
    }
  });
});
