/**
 * The regulator's improvement order (業務改善命令): what a regulatory audit does when it finds a
 * vulnerability backlog that nobody is working down. The audit itself is a random event
 * (model/events.ts); the order follows from what the company shows the inspector, so posture is
 * a standing obligation in a regulated market and not only a breach lottery.
 *
 * Sources and reasoning: the FSA's factors for administrative action (金融上の行政処分について)
 * weigh how serious the deficiencies are and whether the firm is correcting them of its own
 * accord; its 2018 inspections of crypto-asset exchanges ordered improvements at firms with
 * weak controls, breached or not, and orders required an improvement plan, reports on its
 * progress and in some cases a halt to new customer sign-ups (bitFlyer, June 2018 to July 2019).
 * The lines below are reasoning, set so that the starting backlogs of the built-in scenarios
 * (33-51) are serious findings unless a remediation is under way.
 */
import { clamp } from '../math';
import type { DelayedEffect } from '../types';

/** Security debt at which an inspector's findings start to call for an order. */
export const ORDER_BACKLOG_FROM = 20;
/** Security debt at which the findings are as serious as they get. */
export const ORDER_BACKLOG_FULL = 50;
/**
 * Points of security debt cut within the audited quarter that show a remediation under way: the
 * inspector takes the company's own plan instead of ordering one (half as many, half the order).
 * 5 points is about 10% of capacity on security work in a fintech of the scenario's shape.
 */
export const ORDER_REMEDIATING = 5;
/** Quarters the ordered remediation runs (a plan within a month, progress reported until done). */
export const ORDER_QUARTERS = 3;
/**
 * Share of feature capacity the ordered remediation takes each of those quarters (%), and the
 * security debt it pays down a quarter: a fifth of the feature work buys about 5 points at the
 * model's paydown rate (model/debt.ts securityDebtChange).
 */
export const ORDER_REMEDIATION_PCT = 20;
export const ORDER_SECURITY_PAYDOWN = 5;
/** The CEO's trust lost when an order is published: the board answers to the regulator. */
export const ORDER_CEO_TRUST = 6;
/** Customers and ARR lost a quarter while the order stands (%): sign-ups halted, accounts leave. */
export const ORDER_ONBOARDING_PCT = 1;

/**
 * How heavy an improvement order is, 0 (none) to the market's regulation (0-1): the backlog the
 * audit finds (security debt, 0-100, at the quarter's end) between ORDER_BACKLOG_FROM and
 * ORDER_BACKLOG_FULL, less the credit for a remediation under way (the backlog cut since the
 * quarter began).
 */
export function improvementOrder(
  regulation: number,
  backlog: number,
  backlogBefore: number,
): number {
  const serious = clamp(
    (backlog - ORDER_BACKLOG_FROM) / (ORDER_BACKLOG_FULL - ORDER_BACKLOG_FROM),
    0,
    1,
  );
  const remediating = clamp((backlogBefore - backlog) / ORDER_REMEDIATING, 0, 1);
  return regulation * serious * (1 - remediating);
}

/** The ordered remediation, one delayed effect for each of the ORDER_QUARTERS after `quarter`. */
export function orderedRemediation(quarter: number, order: number): DelayedEffect[] {
  const out: DelayedEffect[] = [];
  for (let k = 1; k <= ORDER_QUARTERS; k++)
    out.push({
      dueQuarter: quarter + k,
      effects: [
        { target: 'featureCapacityPct', delta: -ORDER_REMEDIATION_PCT * order },
        { target: 'debt.security', delta: -ORDER_SECURITY_PAYDOWN * order },
        // Customers lost take their ARR with them (model/effects.ts, customersPct).
        { target: 'customersPct', delta: -ORDER_ONBOARDING_PCT * order },
      ],
      source: `q${quarter}-improvement-order`,
    });
  return out;
}
