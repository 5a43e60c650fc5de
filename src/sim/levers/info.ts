/**
 * What the app shows for each lever: the table's label, help, range and choices, narrowed by
 * the game in hand (the scenario's limits, the people there are to promote or lay off). The
 * guards (decisions.ts) refuse by the same limits, so a control never offers what is refused.
 */
import { countOf, LEVEL_INDEX, ROLE_INDEX } from '../model/staff';
import type { Game, LocalizedText, StaffLine } from '../types';
import { LEVELS, ROLES } from '../types';
import { LEVERS, type Lever, type LeverId, type Responsibility } from './index';
import type { LeverChoice, LeverKind, LeverLimitSource, LeverUnit } from './kinds';

const t = (en: string, ja: string): LocalizedText => ({ en, ja });

/** A bound the scenario or the organisation puts on a lever in this game. */
export interface LeverLimit {
  source: LeverLimitSource;
  /** the most the lever may be (for staff lines: their total); absent for per-line limits */
  max?: number;
  /** the most each staff line may be, by role and level (layoffs: the people there are) */
  perLine?: StaffLine[];
  /** the bound in words, shown beside the control and in a refusal */
  text: LocalizedText;
}

/** One lever as the app shows it (plain JSON). */
export interface LeverInfo {
  /** dotted path into Decisions */
  id: LeverId;
  responsibility: Responsibility;
  kind: LeverKind;
  label: LocalizedText;
  help: LocalizedText;
  /** number and share levers: the range, max narrowed to the game's limit when there is one */
  min?: number;
  max?: number;
  step?: number;
  unit?: LeverUnit;
  choices?: readonly LeverChoice<string | number>[];
  /** ids levers: the scenario catalogue the ids come from */
  catalogue?: 'initiatives' | 'riskRegister';
  /** true when the lever does not repeat next quarter (promotions, layoffs) */
  oneOff?: boolean;
  /** the game's bound on the lever (only when a game is given) */
  limit?: LeverLimit;
}

/** Ramped senior engineers: the people who can be promoted this quarter. */
export function rampedSeniors(game: Game): number {
  return ROLES.reduce((n, _r, ri) => n + (game.state.staff[(ri * 4 + 1) * 4 + 3] ?? 0), 0);
}

/**
 * The scenario's own bound for a limit source; undefined for the bounds the organisation sets
 * (the people there are to promote or lay off), which change as the game goes on.
 */
export function scenarioBound(
  limits: Game['scenario']['limits'],
  source: LeverLimitSource,
): number | undefined {
  switch (source) {
    case 'maxTeamSize':
      return limits.maxTeamSize;
    case 'maxContractors':
      return limits.maxContractors;
    case 'maxHiresPerQuarter':
      return limits.maxHiresPerQuarter;
    case 'rampedSeniors':
    case 'staff':
      return undefined;
  }
}

/** The game's bound for a limit source. */
export function leverLimit(game: Game, source: LeverLimitSource): LeverLimit {
  const limits = game.scenario.limits;
  switch (source) {
    case 'maxTeamSize':
      return {
        source,
        max: limits.maxTeamSize,
        text: t(
          `This scenario allows teams of up to ${limits.maxTeamSize} people.`,
          `このシナリオの上限は${limits.maxTeamSize}人です。`,
        ),
      };
    case 'maxContractors':
      return {
        source,
        max: limits.maxContractors,
        text: t(
          `At most ${limits.maxContractors} contractors in this scenario.`,
          `このシナリオの上限は${limits.maxContractors}名です。`,
        ),
      };
    case 'maxHiresPerQuarter':
      return {
        source,
        max: limits.maxHiresPerQuarter,
        text: t(
          `At most ${limits.maxHiresPerQuarter} requisitions a quarter in this scenario.`,
          `このシナリオでは1四半期の採用枠は最大${limits.maxHiresPerQuarter}件です。`,
        ),
      };
    case 'rampedSeniors': {
      const n = rampedSeniors(game);
      return {
        source,
        max: n,
        text: t(
          `${n} ramped senior engineers can be promoted this quarter (to manager and to staff together).`,
          `今四半期に昇格できる経験を積んだシニアは${n}名です（マネージャーとスタッフの合計）。`,
        ),
      };
    }
    case 'staff': {
      const perLine: StaffLine[] = [];
      for (const role of ROLES)
        for (const level of LEVELS)
          perLine.push({
            role,
            level,
            count: countOf(game.state, ROLE_INDEX[role], LEVEL_INDEX[level]),
          });
      return {
        source,
        perLine,
        text: t(
          'At most the people there are in each role and level.',
          '各職種・レベルで在籍している人数までです。',
        ),
      };
    }
  }
}

/** The most a number lever may be in this game: its own max, or the game's limit if lower. */
export function effectiveMax(lever: Lever & { kind: 'number' | 'share' }, limit?: LeverLimit) {
  return limit?.max !== undefined ? Math.min(lever.max, limit.max) : lever.max;
}

function infoOf(lever: Lever, game: Game | undefined): LeverInfo {
  const limitSource = 'limit' in lever ? lever.limit : undefined;
  const limit = game && limitSource ? leverLimit(game, limitSource) : undefined;
  const info: LeverInfo = {
    id: lever.id,
    responsibility: lever.responsibility,
    kind: lever.kind,
    label: lever.label,
    help: lever.help,
  };
  if (lever.kind === 'number' || lever.kind === 'share') {
    info.min = lever.min;
    info.max = effectiveMax(lever, limit);
    info.step = lever.step;
    info.unit = lever.unit;
  }
  if (lever.kind === 'number' && lever.choices) info.choices = lever.choices;
  if (lever.kind === 'choice') info.choices = lever.choices;
  if (lever.kind === 'ids') info.catalogue = lever.catalogue;
  if (lever.oneOff) info.oneOff = true;
  if (limit) info.limit = limit;
  return info;
}

/** Every lever, in the table's order; with a game, narrowed to its limits. */
export function leverInfos(game?: Game): LeverInfo[] {
  return LEVERS.map((l) => infoOf(l, game));
}
