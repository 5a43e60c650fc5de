/**
 * Loading a save: migrate it to the current format, check it is this scenario's, replay its
 * actions through applyAction and verify the checksum, so an edited file or another model
 * version is reported, never silently accepted (ADR 0003).
 */
import { replayActions, replayUnderModelChange, type ReplayRefusal } from '../actions';
import { ENGINE_VERSION } from '../game';
import { checkJsonLimits, looksCutOff } from '../json-limits';
import { formatPath, scenarioHash } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import type { Game, LocalizedText, Result, SaveError } from '../types';
import { planDraftOf, type DraftOutcome } from './draft';
import {
  gameChecksum,
  SAVE_SCHEMA_VERSION,
  saveChecksum,
  saveSchema,
  unverifiedSaveSchema,
  type SaveFile,
} from './format';
import { MIGRATIONS } from './migrations';

const t = (en: string, ja: string): LocalizedText => ({ en, ja });
const fail = (
  kind: SaveError['kind'],
  message: LocalizedText,
): { ok: false; error: SaveError } => ({
  ok: false,
  error: { kind, message },
});

/**
 * A save brought to the current format. `verified` is false only for a save written in format 0,
 * which had no checksum and no scenario hash: its replay is checked for validity only.
 */
type Migrated = { save: SaveFile; draft: unknown; verified: boolean };

/**
 * Brings any known save version to the current one; validates its shape. A plan draft is not part
 * of the result (loadSave checks it apart, and a damaged one never refuses the save).
 */
export function migrateSave(json: unknown): Result<SaveFile, SaveError> {
  const m = migrate(json);
  return m.ok ? { ok: true, value: m.value.save } : m;
}

function parseText(json: unknown): Result<unknown, SaveError> {
  if (typeof json !== 'string') return { ok: true, value: json };
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return !looksCutOff(json)
      ? fail(
          'corrupt',
          t('The save file is not valid JSON.', 'セーブファイルが正しい JSON ではありません。'),
        )
      : fail(
          'truncated',
          t(
            'The save file is cut off (incomplete JSON).',
            'セーブファイルが途中で切れています（JSON が不完全です）。',
          ),
        );
  }
}

/** The save format version `obj` is written in (0 for the prototype's), or why it is not a save. */
function versionOf(obj: Record<string, unknown>): Result<number, SaveError> {
  if (obj.version === 0) return { ok: true, value: 0 };
  if (obj.format !== 'vpoe-save')
    return fail(
      'foreign',
      t(
        'This is not a VPoE Simulator save file.',
        'VPoE Simulator のセーブファイルではありません。',
      ),
    );
  const v = obj.schemaVersion;
  if (typeof v === 'number' && v > SAVE_SCHEMA_VERSION)
    return fail(
      'newer-version',
      t(
        `The save was written by a newer version (save format ${v}, this app reads up to ${SAVE_SCHEMA_VERSION}).`,
        `新しいバージョンで保存されたファイルです（形式${v}、このアプリは${SAVE_SCHEMA_VERSION}まで対応）。`,
      ),
    );
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    return fail(
      'corrupt',
      t(
        `The save file is damaged: schemaVersion: expected a format version from 1 to ${SAVE_SCHEMA_VERSION}`,
        `セーブファイルが壊れています: schemaVersion: 1から${SAVE_SCHEMA_VERSION}までの形式番号が必要です`,
      ),
    );
  return { ok: true, value: v };
}

function migrate(json: unknown): Result<Migrated, SaveError> {
  const text = parseText(json);
  if (!text.ok) return text;
  const data = text.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fail(
      'corrupt',
      t(
        'A save file must be a JSON object.',
        'セーブファイルは JSON オブジェクトである必要があります。',
      ),
    );
  const limits = checkJsonLimits(data);
  if (limits)
    return fail(
      'corrupt',
      t(
        `${limits.path}: ${limits.message}.`,
        `${limits.path}: VPoE ファイルの上限を超えています（${limits.message}）。`,
      ),
    );
  const version = versionOf(data as Record<string, unknown>);
  if (!version.ok) return version;
  let current: unknown = data;
  for (const step of MIGRATIONS.slice(version.value)) {
    const shaped = step.schema.safeParse(current);
    if (!shaped.success) return fail('corrupt', issueText(shaped.error.issues));
    const next = step.up(shaped.data);
    if (!next.ok) return fail('truncated', next.error);
    current = next.value;
  }
  const verified = version.value > 0;
  const parsed = (verified ? saveSchema : unverifiedSaveSchema).safeParse(current);
  if (!parsed.success) return fail('corrupt', issueText(parsed.error.issues));
  const { draft, ...save } = parsed.data;
  return { ok: true, value: { save: save as SaveFile, draft, verified } };
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

/** A refused replay as a save error: where it stopped and the engine's reason. */
function replayError(r: ReplayRefusal): { ok: false; error: SaveError } {
  const q = r.quarter;
  if (r.problems.length > 0)
    return fail(
      'diverged',
      t(
        `Quarter ${q}: the decisions are impossible (${r.problems.map((p) => `${p.path}: ${p.reason.en}`).join('; ')}).`,
        `第${q}四半期: 意思決定が成り立ちません（${r.problems.map((p) => `${p.path}: ${p.reason.ja}`).join('、')}）。`,
      ),
    );
  const what =
    r.refused.type === 'answer'
      ? t(`choice ${r.refused.eventId}`, `選択${r.refused.eventId}`)
      : t(`action ${r.index + 1} (${r.refused.type})`, `操作${r.index + 1}（${r.refused.type}）`);
  return fail(
    'diverged',
    t(
      `Quarter ${q}: ${what.en} cannot be replayed (${r.reason.en}).`,
      `第${q}四半期: ${what.ja}を再現できません（${r.reason.ja}）。`,
    ),
  );
}

/** Replays a save's actions from the start; the game keeps the save's parent. */
function replaySave(scenario: Scenario, save: SaveFile): Result<Game, SaveError> {
  const r = replayActions(scenario, save.seed, save.playerName, save.actions);
  if (!r.ok) return replayError(r.error);
  return { ok: true, value: withParent(r.value, save) };
}

/** The replayed game with the save's parent (a branch keeps where it came from). */
function withParent(game: Game, save: SaveFile): Game {
  return save.parent ? { ...game, parent: save.parent } : game;
}

/**
 * The save opened as it is: its replay, with its draft, when its checksum agrees (a prototype
 * save, which has none, with the warning that says so); null when the checksum disagrees.
 */
function asSaved(game: Game, { save, draft: rawDraft, verified }: Migrated): LoadedSave | null {
  const draft = planDraftOf(rawDraft, game);
  if (!verified)
    return { game, modelChange: null, ...draft, warnings: [...draft.warnings, UNVERIFIED] };
  if (saveChecksum(save.actions, gameChecksum(game)) === save.checksum)
    return { game, modelChange: null, ...draft };
  return null;
}

/**
 * The save was written by another engine version, or on an earlier version of its scenario (a
 * built-in scenario rebalanced since, or the player's own file edited), and replays to different
 * numbers. `savedBy` and `current` are the engine versions (equal when only the scenario changed).
 */
export type ModelChange = { savedBy: string; current: string; scenarioChanged: boolean };

/**
 * A refusal of loadSave. `modelChange` is set only when the save's engine version or scenario
 * version differs from today's and the save was refused for that: the numbers moved with the
 * rules, so the player may choose to open it under today's (loadSave's acceptModelChange).
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
 * then says why, and also notes a prototype save that could not be verified).
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

const UNVERIFIED = t(
  'This save is in the prototype format (version 0), which has no checksum: it was replayed and found valid, but edits to it cannot be detected.',
  'このセーブは試作版の形式（バージョン0）でチェックサムがありません。再生して有効であることは確認しましたが、編集されていても検出できません。',
);

function loadChecked(
  json: unknown,
  scenario: Scenario,
  acceptModelChange: boolean,
): Result<LoadedSave, LoadSaveError> {
  const m = migrate(json);
  if (!m.ok) return m;
  const { save, verified } = m.value;
  if (save.scenario.id !== scenario.id)
    return fail(
      'foreign',
      t(
        `The save is for scenario "${save.scenario.id}", not "${scenario.id}".`,
        `このセーブはシナリオ「${save.scenario.id}」のもので、「${scenario.id}」ではありません。`,
      ),
    );
  const scenarioChanged = verified && save.scenario.hash !== scenarioHash(scenario);
  if (scenarioChanged || save.engineVersion !== ENGINE_VERSION)
    return loadUnderModelChange(scenario, m.value, acceptModelChange, scenarioChanged);
  const r = replaySave(scenario, save);
  if (!r.ok) return r;
  const opened = asSaved(r.value, m.value);
  if (opened) return { ok: true, value: opened };
  return fail(
    'diverged',
    t(
      `Replaying the save gives a different game than the one saved (same model version ${ENGINE_VERSION}), or its actions do not match its checksum: the file was edited.`,
      `セーブを再生すると保存時と別のゲームになるか、操作の記録がチェックサムと合いません（モデルのバージョンは同じ${ENGINE_VERSION}）。ファイルが編集されています。`,
    ),
  );
}

/**
 * A save of another engine version, or of an earlier version of its scenario: the rules it was
 * played under are not today's. When today's rules replay it to the same game, it opens as it is.
 * Otherwise its numbers moved with the rules: it opens only when the player accepts that
 * (acceptModelChange), replayed as far as today's rules allow (replayUnderModelChange), with
 * warnings that say which saved answers were left out and where the replay stopped.
 */
function loadUnderModelChange(
  scenario: Scenario,
  migrated: Migrated,
  acceptModelChange: boolean,
  scenarioChanged: boolean,
): Result<LoadedSave, LoadSaveError> {
  const { save, draft: rawDraft } = migrated;
  const replay = replayUnderModelChange(scenario, save.seed, save.playerName, save.actions);
  const game = withParent(replay.game, save);
  const complete = replay.stoppedAt === null && replay.dropped.length === 0;
  const opened = complete ? asSaved(game, migrated) : null;
  if (opened) return { ok: true, value: opened };
  const modelChange: ModelChange = {
    savedBy: save.engineVersion,
    current: ENGINE_VERSION,
    scenarioChanged,
  };
  if (acceptModelChange) {
    const draft = replay.stoppedAt
      ? { draft: game.draft ?? null, warnings: [] }
      : planDraftOf(rawDraft, game);
    const warnings = [...modelChangeWarnings(replay), ...draft.warnings];
    return { ok: true, value: { game, modelChange, draft: draft.draft, warnings } };
  }
  if (scenarioChanged)
    return {
      ok: false,
      error: {
        kind: 'scenario-mismatch',
        message: t(
          `Scenario "${scenario.id}" has changed since the game was saved, and replaying the save under its current version gives a different game.`,
          `保存後にシナリオ「${scenario.id}」の内容が変わっており、現在の内容で再生すると別のゲームになります。`,
        ),
        modelChange,
      },
    };
  return {
    ok: false,
    error: {
      kind: 'diverged',
      message: t(
        `Replaying the save gives a different game (saved with model version ${save.engineVersion}, this app has ${ENGINE_VERSION}): the model changed, or the file was edited.`,
        `セーブを再生すると別のゲームになります（保存時のモデルのバージョン${save.engineVersion}、現在${ENGINE_VERSION}）。モデルが変わったか、ファイルが編集されています。`,
      ),
      modelChange,
    },
  };
}

/**
 * What a player who chose to open a save under the current model is told: the saved answers left
 * out and where the replay stopped (nothing when it replayed to the end).
 */
function modelChangeWarnings(replay: ReturnType<typeof replayUnderModelChange>): LocalizedText[] {
  const warnings: LocalizedText[] = [];
  if (replay.dropped.length > 0) {
    const list = replay.dropped.map((d) => `Q${d.quarter} ${d.eventId}`).join(', ');
    warnings.push(
      t(
        `${replay.dropped.length} saved answer(s) were to choices the current model does not pose, and were left out (${list}).`,
        `保存された回答のうち${replay.dropped.length}件は現在のモデルでは出ない選択へのもので、除外しました（${list}）。`,
      ),
    );
  }
  const stop = replay.stoppedAt;
  if (stop?.refused.type === 'submit')
    warnings.push(
      t(
        `The replay stopped in quarter ${stop.quarter}: the current model refuses that quarter's saved plan (${stop.reason.en}). It is your draft to change.`,
        `再生は第${stop.quarter}四半期で止まりました: 現在のモデルはその四半期の保存された計画を受け付けません（${stop.reason.ja}）。下書きとして修正できます。`,
      ),
    );
  else if (stop && replay.game.phase === 'events')
    warnings.push(
      t(
        `The replay stopped in quarter ${stop.quarter}: the current model poses choices the save has no answer for. Answer them to carry on.`,
        `再生は第${stop.quarter}四半期で止まりました: 現在のモデルでは、セーブに回答のない選択が出ます。回答して続けてください。`,
      ),
    );
  else if (stop)
    warnings.push(
      t(
        `The replay stopped in quarter ${stop.quarter}: ${stop.reason.en} You carry on from there.`,
        `再生は第${stop.quarter}四半期で止まりました: ${stop.reason.ja} そこから続けてください。`,
      ),
    );
  return warnings;
}
