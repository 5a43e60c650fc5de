/**
 * What a stakeholder request asks and what is at stake, for the dialog that shows it: the target
 * in absolute terms beside the current pace, the quarter it is judged, and the trust each answer
 * and outcome moves (the request template's own numbers). Pure; reads the game only.
 */
import { requestTemplatesById } from './deck';
import type { CommitmentMeasure, Game, PendingEvent, StakeholderId } from './types';

export interface RequestStakes {
  stakeholder: StakeholderId;
  measure: CommitmentMeasure;
  /** feature points must reach the target; every other measure must stay at or under it */
  direction: 'at-least' | 'at-most';
  target: number;
  /** judged at the end of this quarter */
  dueQuarter: number;
  /** quarters of work until then (the next quarter included) */
  quarters: number;
  /** the same figure if last quarter's pace held: feature points x quarters, else last value */
  atCurrentPace: number;
  /** target / atCurrentPace (1.1 = 10% more than the current pace gives); 0 without a pace */
  ratioToPace: number;
  /** trust points with the stakeholder: now for accepting or declining, later for the outcome */
  trust: { accept: number; decline: number; met: number; missed: number };
}

function currentValue(game: Game, measure: CommitmentMeasure, quarters: number): number {
  const last = game.state.last;
  switch (measure) {
    case 'featuresDelivered':
      return last.featuresDelivered * quarters;
    case 'costPerQuarter':
      return last.costs;
    case 'attritionRate':
      return last.attritionRate;
    case 'debtIndex':
      return last.techDebt;
    case 'incidents':
      return last.incidents;
  }
}

/** The stakes of a pending request; null for a dilemma or a request whose template is unknown. */
export function selectRequestStakes(game: Game, event: PendingEvent): RequestStakes | null {
  if (event.kind !== 'request' || !event.request) return null;
  const template = requestTemplatesById(game.scenario).get(event.sourceId);
  if (!template) return null;
  const { measure, target, dueQuarter } = event.request;
  const quarters = Math.max(1, dueQuarter - game.quarter);
  const atCurrentPace = currentValue(game, measure, quarters);
  return {
    stakeholder: template.stakeholder,
    measure,
    direction: measure === 'featuresDelivered' ? 'at-least' : 'at-most',
    target,
    dueQuarter,
    quarters,
    atCurrentPace,
    ratioToPace: atCurrentPace > 0 ? target / atCurrentPace : 0,
    trust: {
      accept: template.trustOnAccept,
      decline: template.trustOnDecline,
      met: template.trustOnSuccess,
      missed: template.trustOnFailure,
    },
  };
}
