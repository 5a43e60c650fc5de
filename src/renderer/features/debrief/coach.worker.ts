/**
 * Web Worker for the debrief's coach: the engine plays the reference policy on the player's
 * scenario and seed and compares the two games (coachOnSameSeed), off the page's thread.
 */
import { coachOnSameSeed, type CoachReport, type Game } from '../../../sim/index';
import { serveRuns } from '../../components/worker/protocol';

serveRuns<Game, never, CoachReport>((game) => coachOnSameSeed(game));
