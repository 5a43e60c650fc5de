/**
 * The scenario file format (schemaVersion 1), as a zod schema. A scenario holds the starting
 * company and organisation, the market, the dilemma deck (extends the shared base deck),
 * scoring weights and the horizon. Texts are LocalizedText (en + ja).
 */
import { z } from 'zod';
import { allocationIsWhole, allocationSum, ALLOCATION_TOTAL, LEVER_TABLE } from '../levers';
import { decisionsSchema, startingDecisionsSchema, staffLineSchema } from '../levers/schema';
import { CAPABILITY_IDS, CONDITION_METRICS, type ConditionMetric } from './vocabulary';
import { excludedOptionProblems } from '../deck';

export const SCENARIO_SCHEMA_VERSION = 1;

const STAKEHOLDER = z.enum(['ceo', 'cfo', 'cto', 'cpo', 'hr']);
const CAPABILITY = z.enum(CAPABILITY_IDS);

/**
 * Upper bounds of a scenario's numbers and lists (docs/scenarios.md, "Bounds"). Each is far
 * beyond any real company and chosen so the engine's arithmetic stays finite over the longest
 * game (40 quarters): the largest product the model forms (customers x usage x unit cost,
 * compounded by effects every quarter) stays below 1e100, far from the 1.8e308 where a double
 * becomes Infinity, and no loop (teams, staff lines, cards) runs more than a few thousand times.
 * tests/sim/bounds.test.ts plays scenarios drawn anywhere inside them.
 */
export const SCENARIO_BOUNDS = {
  /** currency amounts: 10 trillion (about $67 billion in yen) */
  money: 1e13,
  /**
   * the least starting ARR: cloud usage and growth are read against it, and a vanishing one
   * (1e-320) turns them infinite (the fuzz test found it); one unit of the currency
   */
  arrMin: 1,
  customers: 1e8,
  /** engineers and managers in org.staff together, and contractors */
  headcount: 5_000,
  hiresPerQuarter: 500,
  nonEngineeringEmployees: 1_000_000,
  /** cloud usage units per customer per quarter, and the price per unit */
  cloudUsage: 1e6,
  cloudUnitCost: 1e6,
  featurePoints: 100_000,
  scoringWeight: 1_000,
  /** a card's or request's relative draw weight */
  drawWeight: { min: 0.001, max: 1_000 },
  /** engineer-quarters of an initiative */
  effort: { min: 0.1, max: 10_000 },
  targetFactor: { min: 0.01, max: 100 },
  /** a condition's threshold (metrics are money, counts, shares or points) */
  conditionValue: 1e15,
  /** one effect's change, by the target's unit (see effectDeltaLimit) */
  pointsDelta: 100,
  percentDelta: { min: -100, max: 1_000 },
  unitDelta: 1,
  /** texts and ids */
  textLength: 4_000,
  idLength: 64,
  lists: {
    staffLines: 64,
    initiatives: 40,
    riskItems: 40,
    dilemmas: 300,
    requests: 100,
    exclude: 300,
    effects: 20,
    delayed: 8,
    conditions: 10,
    objectives: 10,
    situations: 8,
  },
} as const;
const B = SCENARIO_BOUNDS;

export const localizedText = z.strictObject({
  en: z.string().min(1, 'English text is empty').max(B.textLength),
  ja: z.string().min(1, 'Japanese text is empty').max(B.textLength),
});

const unit = z.number().min(0).max(1);
const score100 = z.number().min(0).max(100);
/** A currency amount that may be negative (starting cash of a company in debt). */
const money = z.number().min(-B.money).max(B.money);
const nonNeg = z.number().min(0).max(B.money);
const id = z.string().min(1).max(B.idLength);
const count = (max: number) => z.number().int().min(0).max(max);
const between = (range: { min: number; max: number }) => z.number().min(range.min).max(range.max);

/** Stocks a dilemma option or event may change (see model/effects.ts for units). */
export const EFFECT_TARGETS = [
  'cash',
  'cashArrPct',
  'arrPct',
  'customersPct',
  'debt.code',
  'debt.codePct',
  'debt.infra',
  'debt.security',
  'engagement',
  'exhaustion',
  'brand',
  'competitiveness',
  'csat',
  'cloud.wastePct',
  'cloud.unitCostPct',
  'hiringMarket',
  'featureCapacityPct',
  'trust.ceo',
  'trust.cfo',
  'trust.cto',
  'trust.cpo',
  'trust.hr',
  ...CAPABILITY.options.map((c) => `capability.${c}` as const),
] as const;

export type EffectTarget = (typeof EFFECT_TARGETS)[number];

/**
 * The largest change one effect may make, by its target's unit (model/effects.ts): currency for
 * cash, percent for the *Pct targets, 0-1 for capabilities and the hiring market, points on
 * 0-100 for the rest. A card that repeats every quarter may apply it 40 times.
 */
export function effectDeltaLimit(target: EffectTarget): { min: number; max: number } {
  if (target === 'cash') return { min: -B.money, max: B.money };
  if (target.endsWith('Pct')) return B.percentDelta;
  if (target.startsWith('capability.') || target === 'hiringMarket')
    return { min: -B.unitDelta, max: B.unitDelta };
  return { min: -B.pointsDelta, max: B.pointsDelta };
}

export const effectSchema = z
  .strictObject({
    target: z.enum(EFFECT_TARGETS),
    delta: z.number().finite(),
  })
  .superRefine((effect, ctx) => {
    const { min, max } = effectDeltaLimit(effect.target);
    if (effect.delta < min || effect.delta > max)
      ctx.addIssue({
        code: 'custom',
        path: ['delta'],
        message: `a change of ${effect.target} must be between ${min} and ${max} (got ${effect.delta})`,
      });
  });
const effects = z.array(effectSchema).max(B.lists.effects);

export { CONDITION_METRICS, type ConditionMetric };

export const conditionSchema = z.strictObject({
  metric: z.enum(CONDITION_METRICS),
  op: z.enum(['lt', 'lte', 'gt', 'gte']),
  value: z.number().min(-B.conditionValue).max(B.conditionValue),
});
const conditions = z.array(conditionSchema).max(B.lists.conditions);

/** One end of a chance's ramp: at this value of the metric, this chance. */
const chancePoint = z.strictObject({
  value: z.number().min(-B.conditionValue).max(B.conditionValue),
  chance: unit,
});

/**
 * A risk instead of a certainty: the chance that a delayed effect happens, read when it falls
 * due from a metric a card condition may read (model/chance.ts), linear between two points and
 * flat beyond them; `report` is what the quarter's report says when it happens.
 */
export const chanceSchema = z
  .strictObject({
    metric: z.enum(CONDITION_METRICS),
    from: chancePoint,
    to: chancePoint,
    report: localizedText,
  })
  .refine((c) => c.from.value !== c.to.value, {
    message: 'a chance needs two different metric values (from.value and to.value)',
    path: ['to', 'value'],
  });

export type Chance = z.infer<typeof chanceSchema>;

const optionSchema = z.strictObject({
  id,
  label: localizedText,
  hint: localizedText,
  /** applied when chosen */
  effects,
  /** applied at the start of a later quarter (with `chance`: only if the risk comes true) */
  delayed: z
    .array(
      z.strictObject({
        afterQuarters: z.number().int().min(1).max(8),
        chance: chanceSchema.optional(),
        effects,
      }),
    )
    .max(B.lists.delayed)
    .default([]),
});

export const dilemmaCardSchema = z
  .strictObject({
    id,
    /** which situation of docs/model.md, brief 3 it covers */
    situation: z.string().min(1).max(B.textLength),
    title: localizedText,
    body: localizedText,
    /** all must hold (against last quarter's metrics) for the card to be drawn */
    conditions: conditions.default([]),
    /** relative draw weight */
    weight: between(B.drawWeight).default(1),
    /** drawn at most once per game */
    once: z.boolean().default(true),
    options: z
      .array(optionSchema)
      .min(2, 'a dilemma needs 2-4 options')
      .max(4, 'a dilemma needs 2-4 options'),
    defaultOptionId: id,
    /**
     * one or two questions that make a player weigh this card's own trade-off afterwards (the
     * debrief's coach panel, the workshop's room report and reflection sheets); a card without
     * them gets the general questions (deck/reflection.ts)
     */
    reflection: z
      .array(localizedText)
      .min(1, 'a dilemma has 1-2 reflection questions')
      .max(2, 'a dilemma has 1-2 reflection questions')
      .optional(),
  })
  .superRefine((card, ctx) => {
    const ids = card.options.map((o) => o.id);
    if (!ids.includes(card.defaultOptionId))
      ctx.addIssue({
        code: 'custom',
        path: ['defaultOptionId'],
        message: `defaultOptionId "${card.defaultOptionId}" is not one of the options (${ids.join(', ')})`,
      });
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique' });
  });
export type DilemmaCard = z.infer<typeof dilemmaCardSchema>;

export const requestTemplateSchema = z
  .strictObject({
    id,
    stakeholder: STAKEHOLDER,
    title: localizedText,
    /** may contain {target} and {due}, filled in when the request is made */
    body: localizedText,
    measure: z.enum([
      'featuresDelivered',
      'costPerQuarter',
      'attritionRate',
      'debtIndex',
      'incidents',
    ]),
    /** target = last quarter's value of the measure's base metric x factor (see model/stakeholders.ts) */
    targetFactor: between(B.targetFactor),
    dueInQuarters: z.number().int().min(1).max(4),
    trustOnAccept: z.number().min(0).max(20),
    trustOnDecline: z.number().min(-20).max(0),
    trustOnSuccess: z.number().min(0).max(30),
    trustOnFailure: z.number().min(-40).max(0),
    /**
     * the work a commitment takes, applied from next quarter when it is accepted (e.g. roadmap
     * time moved to the promise); accepting is not free
     */
    onAccept: effects.default([]),
    /** extra effects when the commitment is met / missed (e.g. a large deal won or lost) */
    onSuccess: effects.default([]),
    onFailure: effects.default([]),
    conditions: conditions.default([]),
    weight: between(B.drawWeight).default(1),
    /** drawn only when an event asks for it (e.g. "budget-cut"), never at random */
    eventOnly: z.boolean().default(false),
    /**
     * a small ask: drawn with the quarter's other small asks and answered with them in one
     * dialog (model/choices.ts); only the asker's trust rides on its outcome, so it has no
     * onSuccess or onFailure effects: the dialog's row for it shows everything at stake (the work
     * accepting takes, onAccept, is said in its body, which the row shows too)
     */
    small: z.boolean().default(false),
  })
  .superRefine((r, ctx) => {
    if (r.small)
      for (const key of ['onSuccess', 'onFailure'] as const)
        if (r[key].length > 0)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `a small request carries only its stakeholder's trust: remove its ${key} effects or set small to false`,
          });
    // MODEL.md 7: failing a commitment must cost more than declining it honestly.
    if (r.trustOnAccept + r.trustOnFailure >= r.trustOnDecline)
      ctx.addIssue({
        code: 'custom',
        path: ['trustOnFailure'],
        message: `accepting and failing (${r.trustOnAccept} + ${r.trustOnFailure}) must cost more trust than declining (${r.trustOnDecline})`,
      });
  });
export type RequestTemplate = z.infer<typeof requestTemplateSchema>;

/**
 * A deck file (scenarios/deck/*.json, the shared base deck): dilemma cards and request
 * templates in the same shapes as a scenario's own `deck.dilemmas` and `deck.requests`.
 */
export const deckFileSchema = z.strictObject({
  dilemmas: z.array(dilemmaCardSchema).default([]),
  requests: z.array(requestTemplateSchema).default([]),
});

const staffLine = staffLineSchema;
const startingStaffLine = staffLine.extend({
  count: count(B.headcount),
  /** quarters since joining (0-3; 3 = fully ramped) */
  tenure: z.number().int().min(0).max(3).default(3),
});

/** Decisions are generated from the lever table (levers/schema.ts). */
export { decisionsSchema };

const initiativeSchema = z.strictObject({
  id,
  name: localizedText,
  description: localizedText,
  /** engineer-quarters of work to finish */
  effortEngineerQuarters: between(B.effort),
  /** extra change-failure rate while running (migration risk) */
  riskWhileRunning: z.number().min(0).max(0.2),
  /** applied once when finished */
  onComplete: effects,
});

const riskItemSchema = z.strictObject({
  id,
  name: localizedText,
  /** mitigation cost per quarter, in currency */
  costPerQuarter: nonNeg,
  /** which event it softens */
  mitigates: z.enum(['outage', 'breach', 'key-person', 'vendor', 'audit']),
});

/** Figures an objective may be judged on against the start (ratio): all start above 0. */
export const OBJECTIVE_RATIO_METRICS = [
  'featuresDelivered',
  'arr',
  'revenue',
  'customers',
  'deployFrequency',
  'headcount',
] as const;
/** Figures an objective may be judged on as a value. */
export const OBJECTIVE_VALUE_METRICS = [
  ...OBJECTIVE_RATIO_METRICS,
  'leadTimeDays',
  'changeFailureRate',
  'incidents',
  'sev1Incidents',
  'breaches',
  'attritionRate',
  'exhaustion',
  'engagement',
  'burnMultiple',
  'runwayQuarters',
  'debtTax',
  'boardConfidence',
] as const;

/**
 * A board-set objective: a figure to reach by a quarter (judged on the mean of that quarter and
 * the one before), with the board's bar for "met" and a lower one for "partly met". `measure`
 * 'ratio' judges the figure against its value at the start (2 = doubled).
 */
const objectiveSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and dashes'),
    title: localizedText,
    /** what the board said, in its words */
    statement: localizedText,
    metric: z.enum(OBJECTIVE_VALUE_METRICS),
    measure: z.enum(['ratio', 'value']),
    direction: z.enum(['atLeast', 'atMost']),
    /** the board's bar for met */
    target: z.number().finite(),
    /** the board's bar for partly met (on the far side of target from the direction) */
    partly: z.number().finite(),
    byQuarter: z.number().int().min(1).max(40),
  })
  .superRefine((o, ctx) => {
    if (o.measure === 'ratio' && !(OBJECTIVE_RATIO_METRICS as readonly string[]).includes(o.metric))
      ctx.addIssue({
        code: 'custom',
        path: ['measure'],
        message: `"${o.metric}" can be judged as a value only (a ratio needs one of ${OBJECTIVE_RATIO_METRICS.join(', ')})`,
      });
    const easier = o.direction === 'atLeast' ? o.partly <= o.target : o.partly >= o.target;
    if (!easier)
      ctx.addIssue({
        code: 'custom',
        path: ['partly'],
        message: `partly (${o.partly}) must be a lower bar than target (${o.target}) for "${o.direction}"`,
      });
  });

/** The company a scenario starts from: its money, customers, people, debts and capabilities. */
const companySchema = z.strictObject({
  cash: money,
  arr: z
    .number()
    .min(B.arrMin, `ARR must be at least ${B.arrMin} (in the scenario's currency)`)
    .max(B.money),
  customers: z.number().int().positive().max(B.customers),
  csat: score100,
  competitiveness: score100,
  brand: score100,
  engagement: score100,
  exhaustion: score100,
  trust: z.strictObject({
    ceo: score100,
    cfo: score100,
    cto: score100,
    cpo: score100,
    hr: score100,
  }),
  debt: z.strictObject({ code: score100, infra: score100, security: score100 }),
  capabilities: z.strictObject(
    Object.fromEntries(CAPABILITY.options.map((c) => [c, unit])) as Record<
      z.infer<typeof CAPABILITY>,
      typeof unit
    >,
  ),
  aiAdoption: unit,
  cloud: z.strictObject({
    /** usage units per customer per quarter */
    usagePerCustomer: z.number().positive().max(B.cloudUsage),
    /** price per usage unit */
    unitCost: z.number().positive().max(B.cloudUnitCost),
    waste: z.number().min(0).max(0.6),
  }),
});

/**
 * A starting situation (docs/model.md, "Starting situations"): the company as the new VPoE finds
 * it on some seeds, which the scenario's own description leaves open. It changes what the
 * scenario's company starts with (cash, standing, the team's state, debts, capabilities), never
 * its size, revenue or customers, on which the budget envelope and the market's par are set.
 */
export const situationSchema = z.strictObject({
  id,
  /** how often it is drawn, against the other situations' weights */
  weight: between(B.drawWeight),
  /** the briefing's headline for it, and what the new VPoE is told on day one */
  title: localizedText,
  body: localizedText,
  company: z.strictObject({
    cash: money.optional(),
    csat: score100.optional(),
    competitiveness: score100.optional(),
    brand: score100.optional(),
    engagement: score100.optional(),
    exhaustion: score100.optional(),
    trust: companySchema.shape.trust.partial().optional(),
    debt: companySchema.shape.debt.partial().optional(),
    capabilities: companySchema.shape.capabilities.partial().optional(),
    aiAdoption: unit.optional(),
  }),
});
export type Situation = z.infer<typeof situationSchema>;

export const scenarioSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and dashes'),
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    title: localizedText,
    description: localizedText,
    difficulty: z.number().int().min(1).max(5),
    currency: z.enum(['JPY', 'USD']),
    horizonQuarters: z.number().int().min(4).max(40).default(12),
    winning: localizedText,
    scoring: z.strictObject({
      business: z.number().min(0).max(B.scoringWeight),
      delivery: z.number().min(0).max(B.scoringWeight),
      reliability: z.number().min(0).max(B.scoringWeight),
      people: z.number().min(0).max(B.scoringWeight),
      cost: z.number().min(0).max(B.scoringWeight),
      stakeholders: z.number().min(0).max(B.scoringWeight),
    }),
    company: companySchema,
    org: z.strictObject({
      staff: z.array(startingStaffLine).min(1).max(B.lists.staffLines),
      contractors: count(B.headcount),
    }),
    market: z.strictObject({
      /** new ARR won per quarter at competitiveness 50 */
      newArrPerQuarter: z.number().positive().max(B.money),
      /** quarterly growth of that demand */
      demandGrowthPerQuarter: z.number().min(-0.2).max(0.3),
      /** quarterly gross revenue churn at csat 70 */
      churnPerQuarter: z.number().min(0).max(0.3),
      /** quarterly expansion from existing customers at competitiveness 50 */
      expansionPerQuarter: z.number().min(0).max(0.3),
      /** feature points per quarter the market expects to keep competitiveness level */
      expectedFeaturePointsPerQuarter: z.number().positive().max(B.featurePoints),
      /** fully loaded annual cost per level */
      annualCost: z.strictObject({
        junior: nonNeg,
        senior: nonNeg,
        staff: nonNeg,
        manager: nonNeg,
      }),
      contractorAnnualCost: nonNeg,
      /** sales & marketing + G&A as a share of revenue, plus a fixed part per quarter */
      otherOpexShareOfRevenue: z.number().min(0).max(2),
      otherOpexFixedPerQuarter: nonNeg,
      /** how far that fixed part grows with the plan's ARR growth (0 flat, 1 in step; model/sales-org.ts) */
      otherOpexFollowsPlan: unit.default(0),
      /** non-cloud cost of revenue (support, licences) as a share of revenue */
      otherCogsShare: z.number().min(0).max(0.5),
      /** cost per minute of customer-facing downtime */
      downtimeCostPerMinute: nonNeg,
      /** average cost of a breach at a large firm (IBM: ~4.4-4.9M USD) */
      breachCostLarge: nonNeg,
      /** base offer acceptance rate at market pay */
      offerAcceptance: unit,
      /** regulatory pressure 0-1: audit frequency and breach fines */
      regulation: unit,
      /** employees outside engineering (sales, support, G&A), for company size */
      nonEngineeringEmployees: count(B.nonEngineeringEmployees),
    }),
    limits: z.strictObject({
      maxHiresPerQuarter: count(B.hiresPerQuarter),
      // Above the contractors lever's own max (the lever table) the lever's max applies.
      maxContractors: count(B.headcount),
      maxTeamSize: z
        .number()
        .int()
        .min(LEVER_TABLE.org.teamSizeTarget.min)
        .max(LEVER_TABLE.org.teamSizeTarget.max)
        .default(15),
    }),
    end: z.strictObject({
      /** board confidence below this for firedAfterQuarters quarters in a row ends the game */
      firedBelow: score100,
      firedAfterQuarters: z.number().int().min(1).max(4),
    }),
    startingDecisions: startingDecisionsSchema,
    initiatives: z.array(initiativeSchema).max(B.lists.initiatives),
    riskRegister: z.array(riskItemSchema).max(B.lists.riskItems),
    /**
     * the situations the company may be in when the game starts, one drawn per seed (optional,
     * not defaulted: a scenario without them keeps its content hash and starts as described)
     */
    situations: z.array(situationSchema).max(B.lists.situations).optional(),
    /** what the board expects, tracked in the briefing and judged in the debrief (optional) */
    objectives: z.array(objectiveSchema).max(B.lists.objectives).optional(),
    deck: z.strictObject({
      /** include the shared base deck of dilemmas and requests */
      useBaseDeck: z.boolean().default(true),
      /** base card ids left out */
      exclude: z.array(z.string().max(B.idLength)).max(B.lists.exclude).default([]),
      /**
       * options of a card (base or own) this scenario's company does not have, left out of the
       * card here only (deck/index.ts, excludedOptionProblems). Optional, not defaulted: a
       * scenario without it keeps its content hash.
       */
      excludeOptions: z
        .array(z.strictObject({ card: id, option: id }))
        .max(B.lists.exclude)
        .optional(),
      dilemmas: z.array(dilemmaCardSchema).max(B.lists.dilemmas).default([]),
      requests: z.array(requestTemplateSchema).max(B.lists.requests).default([]),
    }),
  })
  .superRefine((s, ctx) => {
    const weights = Object.values(s.scoring).reduce((a, b) => a + b, 0);
    if (weights <= 0)
      ctx.addIssue({
        code: 'custom',
        path: ['scoring'],
        message: 'scoring weights must not all be 0',
      });
    const a = s.startingDecisions.allocation;
    if (!allocationIsWhole(a))
      ctx.addIssue({
        code: 'custom',
        path: ['startingDecisions', 'allocation'],
        message: `allocation must sum to ${ALLOCATION_TOTAL}, got ${allocationSum(a)}`,
      });
    const headcount = s.org.staff.reduce((sum, line) => sum + line.count, 0);
    if (headcount > B.headcount)
      ctx.addIssue({
        code: 'custom',
        path: ['org', 'staff'],
        message: `the staff lines add up to ${headcount} people; at most ${B.headcount}`,
      });
    const situationIds = (s.situations ?? []).map((x) => x.id);
    if (new Set(situationIds).size !== situationIds.length)
      ctx.addIssue({
        code: 'custom',
        path: ['situations'],
        message: 'situation ids must be unique',
      });
    s.objectives?.forEach((o, i) => {
      if (o.byQuarter > s.horizonQuarters)
        ctx.addIssue({
          code: 'custom',
          path: ['objectives', i, 'byQuarter'],
          message: `quarter ${o.byQuarter} is after the scenario's last (${s.horizonQuarters})`,
        });
    });
    const initiativeIds = new Set(s.initiatives.map((i) => i.id));
    s.startingDecisions.initiatives.forEach((id, i) => {
      if (!initiativeIds.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['startingDecisions', 'initiatives', i],
          message: `unknown initiative "${id}"`,
        });
    });
    const riskIds = new Set(s.riskRegister.map((r) => r.id));
    s.startingDecisions.riskMitigations.forEach((id, i) => {
      if (!riskIds.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['startingDecisions', 'riskMitigations', i],
          message: `unknown risk-register item "${id}"`,
        });
    });
    const cardIds = new Set<string>();
    s.deck.dilemmas.forEach((c, i) => {
      if (cardIds.has(c.id))
        ctx.addIssue({
          code: 'custom',
          path: ['deck', 'dilemmas', i, 'id'],
          message: `duplicate card id "${c.id}"`,
        });
      cardIds.add(c.id);
    });
    for (const p of excludedOptionProblems(s.deck))
      ctx.addIssue({
        code: 'custom',
        path: ['deck', 'excludeOptions', p.index, p.field],
        message: p.message,
      });
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
