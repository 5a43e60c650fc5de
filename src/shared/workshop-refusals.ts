/**
 * What the workshop server says when it refuses something: a code and its parameters, never a
 * sentence. The pages put it into words in the reader's language (the workshop namespace's
 * `refusal.<code>` texts, src/renderer/features/workshop/locales); the engine's own refusals
 * carry the engine's text, which it writes in both languages.
 */
import { z } from 'zod';
import { WORKSHOP_ROLES } from './workshop';

const localizedText = z.object({ en: z.string(), ja: z.string() });

/** A plan problem or an engine refusal, in the engine's words (English and Japanese). */
const engineReason = z.object({
  /** where in the plan, e.g. "allocation.features"; empty for the action as a whole */
  path: z.string(),
  reason: localizedText,
});
export type EngineReason = z.infer<typeof engineReason>;

const count = z.number();

function refusal<C extends string, S extends z.ZodRawShape>(code: C, params: S) {
  return z.object({ code: z.literal(code), ...params });
}

/** Every refusal: its code and its parameters. */
export const refusalSchema = z.discriminatedUnion('code', [
  // Joining (onAuth, onJoin)
  refusal('join-options-invalid', {}),
  refusal('join-code-wrong', {}),
  refusal('facilitator-code-wrong', {}),
  refusal('team-token-unknown', {}),
  refusal('team-name-needed', {}),
  // Who may send what
  refusal('role-not-allowed', { roles: z.array(z.enum(WORKSHOP_ROLES)) }),
  /** the facilitator removed the team (a refused message, or the reason its page was closed) */
  refusal('team-removed', {}),
  refusal('paused', {}),
  /** a message whose payload is not what the room accepts: its type and the first bad field */
  refusal('message-invalid', { type: z.string(), path: z.string() }),
  // The session's rules (src/server/session/session.ts)
  refusal('workshop-ended', {}),
  refusal('settings-after-start', {}),
  refusal('settings-quarters', { max: count }),
  refusal('settings-timer', { max: count }),
  refusal('settings-weights-negative', {}),
  refusal('settings-weights-zero', {}),
  refusal('join-too-late', {}),
  refusal('room-full', { max: count }),
  refusal('team-name-empty', {}),
  refusal('team-name-too-long', { max: count }),
  refusal('team-name-taken', { name: z.string() }),
  refusal('team-unknown', { teamId: z.string() }),
  refusal('quarter-not-open', { quarter: count }),
  refusal('quarter-already-open', { quarter: count }),
  refusal('no-quarter-open', {}),
  refusal('no-team-yet', {}),
  refusal('last-quarter', { quarter: count }),
  refusal('team-game-ended', {}),
  refusal('answer-after-close', {}),
  refusal('forecast-while-open', {}),
  refusal('forecast-invalid', { paths: z.array(z.string()) }),
  refusal('forecast-quarter', { open: count, given: count }),
  refusal('inject-before-start', {}),
  /** the engine refused a team's action or plan: its reason and the plan's problems */
  refusal('game-refused', { team: z.string().optional(), reasons: z.array(engineReason) }),
  // The room's own requests
  refusal('undo-not-a-close', {}),
  refusal('draft-not-open', {}),
  refusal('debrief-not-ready', {}),
  // A closed connection, said by the server (close reason) or seen by the page
  refusal('seat-replaced', {}),
  /** the page lost the room and will not come back by itself (a close code the page cannot name) */
  refusal('connection-closed', { closeCode: count }),
  /** the page is not connected, or the server did not answer */
  refusal('not-connected', {}),
  /** the server failed while doing it (a fault, not a rule): its own words, for a bug report */
  refusal('server-fault', { detail: z.string() }),
]);

export type Refusal = z.infer<typeof refusalSchema>;
export type RefusalCode = Refusal['code'];

/** Every code, for the tests that each one has its text in every language. */
export const REFUSAL_CODES: readonly RefusalCode[] = refusalSchema.options.map(
  (option) => option.shape.code.value,
);

/** A refusal as the text of an error (a join refused over HTTP, a close reason). */
export function encodeRefusal(refusal: Refusal): string {
  return JSON.stringify(refusal);
}

/** The refusal in an object the server sent (a request's rejection), or null when it is none. */
export function asRefusal(value: unknown): Refusal | null {
  const parsed = refusalSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The refusal encoded in an error's text (encodeRefusal), or null. */
export function decodeRefusal(text: unknown): Refusal | null {
  if (typeof text !== 'string' || !text.startsWith('{')) return null;
  try {
    return asRefusal(JSON.parse(text));
  } catch {
    return null;
  }
}

/** A refusal for the operator's terminal and logs: the code and its parameters, in English order. */
export function describeRefusal(refusal: Refusal): string {
  if (refusal.code === 'game-refused')
    return [
      refusal.team,
      ...refusal.reasons.map((r) => (r.path ? `${r.path}: ` : '') + r.reason.en),
    ]
      .filter(Boolean)
      .join('; ');
  const { code, ...params } = refusal;
  return Object.keys(params).length > 0 ? `${code} ${JSON.stringify(params)}` : code;
}
