/**
 * The kinds of lever a VPoE pulls, and the types the lever table derives from them: the shape of
 * Decisions, the union of lever ids, and each lever's value type. A lever is a leaf of the table;
 * a group is an object of levers (see table.ts). Nothing here holds a fact about a given lever.
 */
import type { LocalizedText, StaffLine } from '../types';

/** The scenario's or the organisation's bound that narrows a lever's own range (see limits.ts). */
export type LeverLimitSource =
  /** scenario.limits.maxTeamSize */
  | 'maxTeamSize'
  /** scenario.limits.maxContractors */
  | 'maxContractors'
  /** scenario.limits.maxHiresPerQuarter, on the sum of a staff-lines lever */
  | 'maxHiresPerQuarter'
  /** ramped senior engineers, shared by both promotion levers */
  | 'rampedSeniors'
  /** current headcount in each role and level, per staff line */
  | 'staff';

export type LeverUnit = 'people' | 'level' | '%' | 'share' | 'availability';

export interface LeverChoice<V extends string | number> {
  value: V;
  label: LocalizedText;
}

interface LeverBase {
  label: LocalizedText;
  help: LocalizedText;
  /**
   * A one-off happens in the quarter it is decided and does not repeat: next quarter's default
   * plan resets it to its default (promotions, layoffs).
   */
  oneOff?: true;
}

/** A number in [min, max] on a grid of `step` (a whole number when step is 1). */
export interface NumberLever extends LeverBase {
  kind: 'number';
  min: number;
  max: number;
  step: number;
  unit: LeverUnit;
  /** named positions (levels 0-3, review standards) shown as a list instead of a slider */
  choices?: readonly LeverChoice<number>[];
  limit?: LeverLimitSource;
  default: number;
}

/** One share of capacity in percent; the shares of a group sum to ALLOCATION_TOTAL. */
export interface ShareLever extends LeverBase {
  kind: 'share';
  min: 0;
  max: 100;
  step: 1;
  unit: '%';
  default: number;
}

export interface FlagLever extends LeverBase {
  kind: 'boolean';
  default: boolean;
}

export interface ChoiceLever<V extends string = string> extends LeverBase {
  kind: 'choice';
  choices: readonly LeverChoice<V>[];
  default: V;
}

/** Head counts by role and level (hiring requisitions, layoffs). */
export interface StaffLinesLever extends LeverBase {
  kind: 'staff-lines';
  limit: LeverLimitSource;
  default: readonly [];
}

/** A set of ids from one of the scenario's catalogues. */
export interface IdsLever extends LeverBase {
  kind: 'ids';
  catalogue: 'initiatives' | 'riskRegister';
  default: readonly [];
}

export type LeverSpec =
  NumberLever | ShareLever | FlagLever | ChoiceLever | StaffLinesLever | IdsLever;
export type LeverKind = LeverSpec['kind'];

/** A group of levers (or of smaller groups), keyed as in Decisions. */
export interface LeverGroup {
  readonly [key: string]: LeverSpec | LeverGroup;
}

/** The value a lever holds in Decisions. */
export type ValueOfLever<S> = S extends { kind: 'number' | 'share' }
  ? number
  : S extends { kind: 'boolean' }
    ? boolean
    : S extends { kind: 'choice'; choices: readonly { value: infer V }[] }
      ? V
      : S extends { kind: 'staff-lines' }
        ? StaffLine[]
        : S extends { kind: 'ids' }
          ? string[]
          : { -readonly [K in keyof S]: ValueOfLever<S[K]> };

/** Dotted paths to every lever (leaf) of a table. */
export type LeverPaths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends { kind: LeverKind }
    ? `${P}${K}`
    : LeverPaths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The value at a dotted path of an object type. */
export type AtPath<T, P extends string> = P extends `${infer H}.${infer R}`
  ? H extends keyof T
    ? AtPath<T[H], R>
    : never
  : P extends keyof T
    ? T[P]
    : never;
