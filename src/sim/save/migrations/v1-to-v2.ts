/**
 * Save format 1 (a decision log per quarter, with where the player was) to 2 (the action log).
 * Each quarter becomes its submit, its answers and a 'continue' when the game went on past it
 * (every quarter but the last; the last when the player was in the next quarter's planning or at
 * the end). The checksum of a version-1 save covered the outcome only: it becomes the version-2
 * checksum over the actions and that outcome, so the outcome is still verified, while an edit of
 * a version-1 file's decisions that leaves the outcome unchanged cannot be detected (ADR 0003).
 * An empty checksum or scenario hash stays empty (only a version-0 save may have them).
 */
import { z } from 'zod';
import type { LoggedAction } from '../../actions';
import { saveChecksum } from '../format';
import type { MigrationStep } from './step';

const saveV1Schema = z.strictObject({
  format: z.literal('vpoe-save'),
  schemaVersion: z.literal(1),
  engineVersion: z.string(),
  scenario: z.strictObject({ id: z.string(), hash: z.string() }),
  seed: z.number().int(),
  playerName: z.string(),
  log: z.array(
    z.strictObject({
      quarter: z.number().int().min(1),
      decisions: z.unknown(),
      choices: z.array(z.strictObject({ eventId: z.string(), optionId: z.string() })),
    }),
  ),
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
  draft: z.unknown().optional(),
});

export const v1ToV2: MigrationStep = {
  from: 1,
  schema: saveV1Schema,
  up(data) {
    const { log, position, checksum, ...rest } = data as z.infer<typeof saveV1Schema>;
    const actions: LoggedAction[] = [];
    for (let i = 0; i < log.length; i++) {
      const entry = log[i]!;
      if (entry.quarter !== i + 1)
        return {
          ok: false,
          error: {
            en: `The log skips from quarter ${i} to ${entry.quarter}.`,
            ja: `ログが第${i}四半期から第${entry.quarter}四半期に飛んでいます。`,
          },
        };
      actions.push({ type: 'submit', decisions: entry.decisions as never });
      for (const c of entry.choices)
        actions.push({ type: 'answer', eventId: c.eventId, optionId: c.optionId });
      const wentOn =
        i < log.length - 1 || position?.phase === 'planning' || position?.phase === 'ended';
      if (wentOn) actions.push({ type: 'continue' });
    }
    return {
      ok: true,
      value: {
        ...rest,
        schemaVersion: 2,
        actions,
        checksum: checksum === '' ? '' : saveChecksum(actions, checksum),
      },
    };
  },
};
