/**
 * Save format 0 (the prototype's) to 1. Version 0 was `{ version: 0, scenarioId, seed, player?,
 * quarters: [{ decisions, answers: { [eventId]: optionId } }] }`, with no scenario hash and no
 * checksum: the result carries empty ones, and the migration runner marks the save unverified
 * (its replay is checked for validity only).
 */
import { z } from 'zod';
import type { MigrationStep } from './step';

const saveV0Schema = z.object({
  version: z.literal(0),
  scenarioId: z.string(),
  seed: z.number().int(),
  player: z.string().optional(),
  quarters: z.array(
    z.object({ decisions: z.unknown(), answers: z.record(z.string(), z.string()).default({}) }),
  ),
});

export const v0ToV1: MigrationStep = {
  from: 0,
  schema: saveV0Schema,
  up(data) {
    const v0 = data as z.infer<typeof saveV0Schema>;
    const v1 = {
      format: 'vpoe-save',
      schemaVersion: 1,
      engineVersion: 'v0',
      scenario: { id: v0.scenarioId, hash: '' },
      seed: v0.seed,
      playerName: v0.player ?? '',
      log: v0.quarters.map((q, i) => ({
        quarter: i + 1,
        decisions: q.decisions,
        choices: Object.entries(q.answers).map(([eventId, optionId]) => ({ eventId, optionId })),
      })),
      checksum: '',
    };
    return { ok: true, value: v1 };
  },
};
