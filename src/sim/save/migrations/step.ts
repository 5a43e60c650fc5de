/** One step of the save migrations: a save of version `from`, checked by its schema, to `from + 1`. */
import type { z } from 'zod';
import type { LocalizedText, Result } from '../../types';

export interface MigrationStep {
  from: number;
  /** the shape of a save of version `from` (decisions are checked once, by the current format) */
  schema: z.ZodType;
  /**
   * The save in version `from + 1`, from one that passed `schema`; a refusal when the data passed
   * the shape but cannot be brought forward (its reason says what and where).
   */
  up(data: unknown): Result<Record<string, unknown>, LocalizedText>;
}
