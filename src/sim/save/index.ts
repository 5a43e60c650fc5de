/** Saves (the action log, format 2), their migrations, and replays of a game's prefix. */
export {
  gameChecksum,
  saveChecksum,
  toSave,
  saveSchema,
  SAVE_SCHEMA_VERSION,
  type PlanDraft,
  type SaveFile,
  type SaveFileWithDraft,
} from './format';
export type { DraftOutcome } from './draft';
export {
  loadSave,
  migrateSave,
  type LoadedSave,
  type LoadSaveError,
  type LoadSaveOptions,
  type ModelChange,
} from './load';
export { branchGame, gameAtQuarter } from './timeline';
export { MIGRATIONS, type MigrationStep } from './migrations';
