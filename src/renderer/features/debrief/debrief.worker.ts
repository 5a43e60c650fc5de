/**
 * Web Worker for the debrief's analyses, off the page's thread (a few hundred milliseconds for a
 * long game): the coach on the same seed (coachOnSameSeed) and the decisions behind the turning
 * points and behind running out of cash (selectDebriefDecisions).
 */
import {
  coachOnSameSeed,
  selectDebriefDecisions,
  type CoachReport,
  type DebriefDecisions,
  type Game,
} from '../../../sim/index';
import { serveRuns } from '../../components/worker/protocol';

export interface DebriefAnalysis {
  coach: CoachReport;
  decisions: DebriefDecisions;
}

serveRuns<Game, never, DebriefAnalysis>((game) => ({
  coach: coachOnSameSeed(game),
  decisions: selectDebriefDecisions(game),
}));
