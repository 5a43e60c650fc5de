/**
 * Every message a workshop client may send, as zod schemas: the room refuses anything else.
 * Sizes are bounded here (strings) and in the transport (a whole message).
 */
import { z } from 'zod';
import { KPI_AREAS, decisionsSchema, forecastSchema } from '../sim/index';
import { WORKSHOP_ROLES } from '../shared/workshop';
import { MAX_TIMER_SECONDS } from './session/session';

const id = z.string().min(1).max(64);
const teamName = z.string().min(1).max(80);

export const joinOptionsSchema = z.object({
  role: z.enum(WORKSHOP_ROLES),
  joinCode: z.string().max(32).optional(),
  teamName: teamName.optional(),
  teamToken: z.string().max(128).optional(),
  facilitatorCode: z.string().max(128).optional(),
});

export const planMessage = z.object({ decisions: decisionsSchema });
export const answerMessage = z.object({ eventId: id, optionId: id });
/**
 * The quarter's small requests answered together (the engine's 'answer-requests'); the engine
 * checks that they are exactly the small requests waiting. 16 is far above its cap a quarter.
 */
export const answerRequestsMessage = z.object({
  answers: z.array(answerMessage).min(1).max(16),
});
/** A forecast: its figures are bounded, its reason is one line (src/sim/forecast.ts). */
export const forecastMessage = forecastSchema;

const weights = z.object(
  Object.fromEntries(KPI_AREAS.map((a) => [a, z.number().min(0).max(100)])) as Record<
    (typeof KPI_AREAS)[number],
    z.ZodNumber
  >,
);

/** A session's seed: what every team plays. */
export const seedSchema = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);

export const settingsMessage = z.object({
  seed: seedSchema,
  quarters: z.number().int().min(1).max(40),
  timerSeconds: z.number().int().min(0).max(MAX_TIMER_SECONDS),
  weights,
  language: z.enum(['en', 'ja']),
});

export const timerMessage = z.discriminatedUnion('action', [
  z.object({ action: z.literal('extend'), seconds: z.number().int().min(1).max(3600) }),
  z.object({ action: z.literal('stop') }),
]);

export const renameMessage = z.object({ teamId: id, name: teamName });
export const injectMessage = z.object({ cardId: id });
export const removeMessage = z.object({ teamId: id });
export const emptyMessage = z.union([z.undefined(), z.null(), z.object({}).strict()]);

/** Largest message the transport accepts, in bytes (a plan is about 2 KB). */
export const MAX_MESSAGE_BYTES = 64 * 1024;
/** Messages per second one client may send before the room drops it. */
export const MAX_MESSAGES_PER_SECOND = 20;
