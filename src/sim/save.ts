/**
 * Saves are decision logs: scenario id + content hash, seed, and per quarter the decisions and
 * choices. Loading replays the log and checks the result against the stored checksum, so an
 * edited file or another model version is reported, never silently accepted.
 */
import { z } from 'zod';
import { answerEvent, continueGame, submitDecisions } from './actions';
import { ENGINE_VERSION, newGame } from './game';
import { canonicalJson, formatPath, hashText, scenarioHash } from './scenario/parse';
import { decisionsSchema, type Scenario } from './scenario/schema';
import type {
  Decisions,
  Game,
  LocalizedText,
  LogEntry,
  Result,
  SaveError,
  SaveFile,
} from './types';

export const SAVE_SCHEMA_VERSION = 1;

const logEntrySchema = z.strictObject({
  quarter: z.number().int().min(1),
  decisions: decisionsSchema,
  choices: z.array(z.strictObject({ eventId: z.string(), optionId: z.string() })),
});

const saveSchema = z.strictObject({
  format: z.literal('vpoe-save'),
  schemaVersion: z.literal(SAVE_SCHEMA_VERSION),
  engineVersion: z.string(),
  scenario: z.strictObject({ id: z.string(), hash: z.string() }),
  seed: z.number().int(),
  playerName: z.string(),
  log: z.array(logEntrySchema),
  parent: z
    .strictObject({ seed: z.number().int(), quarter: z.number().int(), checksum: z.string() })
    .optional(),
  position: z
    .strictObject({
      quarter: z.number().int().min(1),
      phase: z.enum(['planning', 'events', 'review', 'ended']),
    })
    .optional(),
  checksum: z.string(),
  // Checked apart (planDraftOf): a damaged draft is dropped with a warning, never refuses the save.
  draft: z.unknown().optional(),
});

/**
 * The plan the player was editing when the game was saved in planning, not yet submitted. It is
 * not part of the game: never in the checksum, never replayed; loading hands it back so the
 * decisions panel starts from it.
 */
export type PlanDraft = { quarter: number; decisions: Decisions };

/** A save file as toSave writes it: SaveFile, plus the unsubmitted plan when there is one. */
export type SaveFileWithDraft = SaveFile & { draft?: PlanDraft };

const planDraftSchema = z.strictObject({
  quarter: z.number().int().min(1),
  decisions: z.unknown(),
});

/**
 * Issues of decisionsSchema that checkDecisions reports as the plan's own problems (a number out
 * of its range or not whole): a draft is restored with them, since the player may be mid-edit.
 * Anything else (a missing field, a wrong type, an unknown key) means the draft is damaged.
 */
function isPlanProblem(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'too_small' || issue.code === 'too_big') return issue.origin === 'number';
  return issue.code === 'invalid_type' && issue.expected === 'int';
}

/** What loadSave makes of a save's draft: the plan to restore, or why it was left out. */
export type DraftOutcome = { draft: Decisions | null; warnings: LocalizedText[] };

function planDraftOf(raw: unknown, game: Game): DraftOutcome {
  if (raw === undefined) return { draft: null, warnings: [] };
  const dropped = (en: string, ja: string): DraftOutcome => ({
    draft: null,
    warnings: [
      t(
        `The unsubmitted plan in the save was not restored: ${en} The plan starts from last quarter's decisions.`,
        `セーブ内の未提出の計画は復元しませんでした: ${ja} 計画は前四半期の意思決定から始まります。`,
      ),
    ],
  });
  const envelope = planDraftSchema.safeParse(raw);
  if (!envelope.success) {
    const list = envelope.error.issues
      .slice(0, 3)
      .map((i) => `${formatPath(['draft', ...i.path])}: ${i.message}`)
      .join('; ');
    return dropped(`it is damaged (${list}).`, `壊れています(${list})。`);
  }
  const { quarter, decisions } = envelope.data;
  if (game.phase !== 'planning' || quarter !== game.quarter)
    return dropped(
      `it is for planning quarter ${quarter}, but the game is in quarter ${game.quarter} (${game.phase}).`,
      `第${quarter}四半期の計画ですが、ゲームは第${game.quarter}四半期(${game.phase})です。`,
    );
  const parsed = decisionsSchema.safeParse(decisions);
  if (parsed.success) return { draft: parsed.data as Decisions, warnings: [] };
  const damage = parsed.error.issues.filter((i) => !isPlanProblem(i));
  if (damage.length === 0) return { draft: decisions as Decisions, warnings: [] };
  const list = damage
    .slice(0, 3)
    .map((i) => `${formatPath(['draft', 'decisions', ...i.path])}: ${i.message}`)
    .join('; ');
  return dropped(`it is damaged (${list}).`, `壊れています(${list})。`);
}

/**
 * Version 0 (the prototype's format): { version: 0, scenarioId, seed, quarters: [{ decisions,
 * answers: { [eventId]: optionId } }] } with no scenario hash and no checksum.
 */
const saveV0Schema = z.object({
  version: z.literal(0),
  scenarioId: z.string(),
  seed: z.number().int(),
  player: z.string().optional(),
  quarters: z.array(
    z.object({ decisions: decisionsSchema, answers: z.record(z.string(), z.string()).default({}) }),
  ),
});

const t = (en: string, ja: string): LocalizedText => ({ en, ja });
const fail = (
  kind: SaveError['kind'],
  message: LocalizedText,
): { ok: false; error: SaveError } => ({
  ok: false,
  error: { kind, message },
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

/**
 * The game's save file. `draft` is the plan being edited in planning (not yet submitted); it is
 * kept only while the game is in planning, and never changes the checksum.
 */
export function toSave(game: Game, options?: { draft?: Decisions | null }): SaveFileWithDraft {
  const draft = options?.draft && game.phase === 'planning' ? options.draft : null;
  return {
    format: 'vpoe-save',
    schemaVersion: SAVE_SCHEMA_VERSION,
    engineVersion: ENGINE_VERSION,
    scenario: { id: game.scenario.id, hash: scenarioHash(game.scenario) },
    seed: game.seed,
    playerName: game.playerName,
    log: game.log,
    ...(game.parent ? { parent: game.parent } : {}),
    position: { quarter: game.quarter, phase: game.phase },
    checksum: gameChecksum(game),
    ...(draft ? { draft: { quarter: game.quarter, decisions: draft } } : {}),
  };
}

/**
 * Brings any known save version to the current one; validates its shape. A plan draft is not part
 * of the result (loadSave checks it apart, and a damaged one never refuses the save).
 */
export function migrateSave(json: unknown): Result<SaveFile, SaveError> {
  const m = migrate(json);
  return m.ok ? { ok: true, value: m.value.save } : m;
}

function migrate(json: unknown): Result<{ save: SaveFile; draft: unknown }, SaveError> {
  let data = json;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      const text = json as string;
      return text.trim().endsWith('}')
        ? fail(
            'corrupt',
            t('The save file is not valid JSON.', 'セーブファイルが正しいJSONではありません。'),
          )
        : fail(
            'truncated',
            t(
              'The save file is cut off (incomplete JSON).',
              'セーブファイルが途中で切れています(JSONが不完全です)。',
            ),
          );
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fail(
      'corrupt',
      t(
        'A save file must be a JSON object.',
        'セーブファイルはJSONオブジェクトである必要があります。',
      ),
    );
  const obj = data as Record<string, unknown>;
  if (obj.version === 0) {
    const v0 = saveV0Schema.safeParse(obj);
    if (!v0.success) return fail('corrupt', issueText(v0.error.issues));
    const save: SaveFile = {
      format: 'vpoe-save',
      schemaVersion: SAVE_SCHEMA_VERSION,
      engineVersion: 'v0',
      scenario: { id: v0.data.scenarioId, hash: '' },
      seed: v0.data.seed,
      playerName: v0.data.player ?? '',
      log: v0.data.quarters.map((q, i) => ({
        quarter: i + 1,
        decisions: q.decisions,
        choices: Object.entries(q.answers).map(([eventId, optionId]) => ({ eventId, optionId })),
      })),
      // Version 0 had no checksum: the replay is checked for validity only.
      checksum: '',
    };
    return { ok: true, value: { save, draft: undefined } };
  }
  if (obj.format !== 'vpoe-save')
    return fail(
      'foreign',
      t(
        'This is not a VPoE Simulator save file.',
        'VPoE Simulatorのセーブファイルではありません。',
      ),
    );
  if (typeof obj.schemaVersion === 'number' && obj.schemaVersion > SAVE_SCHEMA_VERSION)
    return fail(
      'newer-version',
      t(
        `The save was written by a newer version (save format ${obj.schemaVersion}, this app reads up to ${SAVE_SCHEMA_VERSION}).`,
        `新しいバージョンで保存されたファイルです(形式${obj.schemaVersion}、このアプリは${SAVE_SCHEMA_VERSION}まで対応)。`,
      ),
    );
  const parsed = saveSchema.safeParse(obj);
  if (!parsed.success) return fail('corrupt', issueText(parsed.error.issues));
  const { draft, ...save } = parsed.data;
  return { ok: true, value: { save: save as SaveFile, draft } };
}

function issueText(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): LocalizedText {
  const list = issues
    .slice(0, 5)
    .map((i) => `${formatPath(i.path)}: ${i.message}`)
    .join('; ');
  return t(`The save file is damaged: ${list}`, `セーブファイルが壊れています: ${list}`);
}

/** Replays a log from the start. Every decision and choice must be valid where it is used. */
export function replayLog(
  scenario: Scenario,
  seed: number,
  playerName: string,
  log: readonly LogEntry[],
  position?: SaveFile['position'],
): Result<Game, SaveError> {
  let game = newGame(scenario, seed, { playerName });
  for (let i = 0; i < log.length; i++) {
    const entry = log[i]!;
    if (entry.quarter !== i + 1)
      return fail(
        'truncated',
        t(
          `The log skips from quarter ${i} to ${entry.quarter}.`,
          `ログが第${i}四半期から第${entry.quarter}四半期に飛んでいます。`,
        ),
      );
    if (game.phase !== 'planning')
      return fail(
        'diverged',
        t(
          `The replay ended before quarter ${entry.quarter}.`,
          `リプレイが第${entry.quarter}四半期の前に終了しました。`,
        ),
      );
    const r = submitDecisions(game, entry.decisions);
    if (!r.ok)
      return fail(
        'diverged',
        t(
          `Quarter ${entry.quarter}: the decisions are impossible (${r.error.map((p) => `${p.path}: ${p.reason.en}`).join('; ')}).`,
          `第${entry.quarter}四半期: 意思決定が成り立ちません(${r.error.map((p) => `${p.path}: ${p.reason.ja}`).join('、')})。`,
        ),
      );
    game = r.value;
    for (const c of entry.choices) {
      const a = answerEvent(game, c.eventId, c.optionId);
      if (!a.ok)
        return fail(
          'diverged',
          t(
            `Quarter ${entry.quarter}: choice ${c.eventId} cannot be replayed (${a.error.en}).`,
            `第${entry.quarter}四半期: 選択${c.eventId}を再現できません(${a.error.ja})。`,
          ),
        );
      game = a.value;
    }
    const isLast = i === log.length - 1;
    if (game.phase === 'events' && !isLast)
      return fail(
        'diverged',
        t(
          `Quarter ${entry.quarter}: some choices were never answered.`,
          `第${entry.quarter}四半期: 回答されていない選択があります。`,
        ),
      );
    if (
      !isLast ||
      (position &&
        (position.phase === 'planning' || position.phase === 'ended') &&
        game.phase === 'review')
    )
      game = continueGame(game);
  }
  return { ok: true, value: game };
}

/** The save was written by another engine version and replays to different numbers. */
export type ModelChange = { savedBy: string; current: string };

/**
 * A refusal of loadSave. `modelChange` is set only when the save's engine version differs from
 * this one and its replay is valid except for the checksum: the numbers moved with the model, so
 * the player may choose to open it under the current model (loadSave's acceptModelChange).
 */
export type LoadSaveError = SaveError & { modelChange?: ModelChange };

export type LoadSaveOptions = {
  /**
   * Open a save of another engine version whose replay is valid but ends in other numbers (the
   * model changed), instead of refusing it as diverged. An edited save of this engine version
   * is still refused.
   */
  acceptModelChange: boolean;
};

/**
 * What loadSave returns with options: the game, whether its numbers moved with the model, and the
 * unsubmitted plan saved with it (null when there is none, or when it was left out: `warnings`
 * then says why).
 */
export type LoadedSave = { game: Game; modelChange: ModelChange | null } & DraftOutcome;

/** Loads a save against its scenario: migrate, check identity, replay, verify the checksum. */
export function loadSave(json: unknown, scenario: Scenario): Result<Game, LoadSaveError>;
export function loadSave(
  json: unknown,
  scenario: Scenario,
  options: LoadSaveOptions,
): Result<LoadedSave, LoadSaveError>;
export function loadSave(
  json: unknown,
  scenario: Scenario,
  options?: LoadSaveOptions,
): Result<Game, LoadSaveError> | Result<LoadedSave, LoadSaveError> {
  const r = loadChecked(json, scenario, options?.acceptModelChange ?? false);
  if (options || !r.ok) return r;
  return { ok: true, value: r.value.game };
}

function loadChecked(
  json: unknown,
  scenario: Scenario,
  acceptModelChange: boolean,
): Result<LoadedSave, LoadSaveError> {
  const m = migrate(json);
  if (!m.ok) return m;
  const { save } = m.value;
  if (save.scenario.id !== scenario.id)
    return fail(
      'foreign',
      t(
        `The save is for scenario "${save.scenario.id}", not "${scenario.id}".`,
        `このセーブはシナリオ「${save.scenario.id}」のもので、「${scenario.id}」ではありません。`,
      ),
    );
  if (save.scenario.hash !== '' && save.scenario.hash !== scenarioHash(scenario))
    return fail(
      'scenario-mismatch',
      t(
        `Scenario "${scenario.id}" has changed since the game was saved.`,
        `保存後にシナリオ「${scenario.id}」の内容が変わっています。`,
      ),
    );
  const r = replayLog(scenario, save.seed, save.playerName, save.log, save.position);
  if (!r.ok) return r;
  const game = save.parent ? { ...r.value, parent: save.parent } : r.value;
  const draft = planDraftOf(m.value.draft, game);
  if (save.checksum === '' || gameChecksum(game) === save.checksum)
    return { ok: true, value: { game, modelChange: null, ...draft } };
  if (save.engineVersion === ENGINE_VERSION)
    return fail(
      'diverged',
      t(
        `Replaying the save gives a different game than the one saved (same engine ${ENGINE_VERSION}): the file was edited.`,
        `セーブを再生すると保存時と別のゲームになります(エンジンは同じ${ENGINE_VERSION})。ファイルが編集されています。`,
      ),
    );
  const modelChange: ModelChange = { savedBy: save.engineVersion, current: ENGINE_VERSION };
  if (acceptModelChange) return { ok: true, value: { game, modelChange, ...draft } };
  return {
    ok: false,
    error: {
      kind: 'diverged',
      message: t(
        `Replaying the save gives a different game (saved by engine ${save.engineVersion}, this is ${ENGINE_VERSION}): the model changed, or the file was edited.`,
        `セーブを再生すると別のゲームになります(保存時のエンジン${save.engineVersion}、現在${ENGINE_VERSION})。モデルが変わったか、ファイルが編集されています。`,
      ),
      modelChange,
    },
  };
}

/** The game as it stood at the start of `quarter`'s planning (a replay of the log's prefix). */
export function gameAtQuarter(game: Game, quarter: number): Game {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > game.log.length + 1)
    throw new RangeError(`quarter must be 1..${game.log.length + 1}, got ${quarter}`);
  const prefix = game.log.slice(0, quarter - 1);
  const r = replayLog(game.scenario, game.seed, game.playerName, prefix, {
    quarter,
    phase: 'planning',
  });
  if (!r.ok) throw new Error(`the game's own log does not replay: ${r.error.message.en}`);
  return game.parent ? { ...r.value, parent: game.parent } : r.value;
}

/** A new game continuing from `quarter` with the same seed stream; the parent is recorded. */
export function branchGame(game: Game, quarter: number): Game {
  const g = gameAtQuarter(game, quarter);
  return { ...g, parent: { seed: game.seed, quarter, checksum: gameChecksum(game) } };
}
