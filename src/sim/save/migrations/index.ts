/**
 * The save migrations, one file per version step (like tldraw's): a save of any known version
 * is checked against its own version's shape and brought forward one step at a time to the
 * current format, which then checks the whole (decisions included).
 */
import type { MigrationStep } from './step';
import { v0ToV1 } from './v0-to-v1';
import { v1ToV2 } from './v1-to-v2';

/** In order: MIGRATIONS[i] takes version i to i + 1; the last ends at SAVE_SCHEMA_VERSION. */
export const MIGRATIONS: readonly MigrationStep[] = [v0ToV1, v1ToV2];

export type { MigrationStep } from './step';
