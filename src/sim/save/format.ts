/**
 * The save file, format 2: the game's action log (ADR 0003). A save holds the scenario's id and
 * content hash, the seed, the player's name and the actions that made the game from its start;
 * its checksum covers those actions and the replayed game's outcome, so neither can be edited
 * unnoticed.
 */
import { z } from 'zod';
import { actionsOf, type LoggedAction } from '../actions';
import { ENGINE_VERSION } from '../game';
import { canonicalJson, hashText, scenarioHash } from '../scenario/parse';
import { decisionsSchema } from '../scenario/schema';
import type { Decisions, Game } from '../types';

export const SAVE_SCHEMA_VERSION = 2;

export interface SaveFile {
  format: 'vpoe-save';
  schemaVersion: number;
  engineVersion: string;
  scenario: { id: string; hash: string };
  seed: number;
  playerName: string;
  /** every action from the game's start, in order; the replay ends where the player was */
  actions: LoggedAction[];
  /** the game this one was branched from */
  parent?: { seed: number; quarter: number; checksum: string };
  /** saveChecksum(actions, outcome): over the action log and the replayed game's outcome */
  checksum: string;
}

/**
 * The plan the player was editing when the game was saved in planning, not yet submitted. It is
 * not part of the game: never in the checksum, never replayed; loading hands it back so the
 * decisions panel starts from it.
 */
export type PlanDraft = { quarter: number; decisions: Decisions };

/** A save file as toSave writes it: SaveFile, plus the unsubmitted plan when there is one. */
export type SaveFileWithDraft = SaveFile & { draft?: PlanDraft };

const nonEmpty = (what: string) =>
  z.string().min(1, `${what} is empty: a save must carry it, so it can be verified`);

export const loggedActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('submit'), decisions: decisionsSchema }),
  z.strictObject({ type: z.literal('answer'), eventId: z.string(), optionId: z.string() }),
  z.strictObject({ type: z.literal('continue') }),
  z.strictObject({ type: z.literal('inject-card'), cardId: z.string() }),
]);

export const saveSchema = z.strictObject({
  format: z.literal('vpoe-save'),
  schemaVersion: z.literal(SAVE_SCHEMA_VERSION),
  engineVersion: z.string(),
  scenario: z.strictObject({ id: z.string(), hash: nonEmpty('The scenario hash') }),
  seed: z.number().int(),
  playerName: z.string(),
  actions: z.array(loggedActionSchema),
  parent: z
    .strictObject({ seed: z.number().int(), quarter: z.number().int(), checksum: z.string() })
    .optional(),
  checksum: nonEmpty('The checksum'),
  // Checked apart (planDraftOf): a damaged draft is dropped with a warning, never refuses the save.
  draft: z.unknown().optional(),
});

/** A save migrated from format 0, which had neither a scenario hash nor a checksum. */
export const unverifiedSaveSchema = saveSchema.extend({
  scenario: z.strictObject({ id: z.string(), hash: z.literal('') }),
  checksum: z.literal(''),
});

/** Checksum of a game's outcome: every metric of every quarter, the status and the PRNG state. */
export function gameChecksum(game: Game): string {
  return hashText(
    canonicalJson({
      h: game.history.map((r) => r.metrics),
      s: game.status,
      p: game.phase,
      q: game.quarter,
      r: game.rng,
    }),
  );
}

/** A save's checksum: over its action log and the outcome checksum of the game they replay to. */
export function saveChecksum(actions: readonly LoggedAction[], outcome: string): string {
  return hashText(canonicalJson({ a: actions, o: outcome }));
}

/**
 * The game's save file. `draft` is the plan being edited in planning (not yet submitted; by
 * default the game's own draft); it is kept only while the game is in planning, and never
 * changes the checksum.
 */
export function toSave(game: Game, options?: { draft?: Decisions | null }): SaveFileWithDraft {
  // A save replays its actions with drawn risks: a lab game with expected risks would not replay.
  if (game.risks !== undefined)
    throw new Error('a game with expected risks (the balance lab) cannot be saved');
  const given = options?.draft === undefined ? game.draft : options.draft;
  const draft = given && game.phase === 'planning' ? given : null;
  const actions = actionsOf(game);
  return {
    format: 'vpoe-save',
    schemaVersion: SAVE_SCHEMA_VERSION,
    engineVersion: ENGINE_VERSION,
    scenario: { id: game.scenario.id, hash: scenarioHash(game.scenario) },
    seed: game.seed,
    playerName: game.playerName,
    actions,
    ...(game.parent ? { parent: game.parent } : {}),
    checksum: saveChecksum(actions, gameChecksum(game)),
    ...(draft ? { draft: { quarter: game.quarter, decisions: draft } } : {}),
  };
}
