/**
 * The unsubmitted plan of a save: restored when it fits the game where the save stops, dropped
 * with a warning when it is damaged or for another quarter. It never refuses the save.
 */
import { z } from 'zod';
import { formatPath } from '../scenario/parse';
import { decisionsSchema } from '../scenario/schema';
import type { Decisions, Game, LocalizedText } from '../types';

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

const t = (en: string, ja: string): LocalizedText => ({ en, ja });

export function planDraftOf(raw: unknown, game: Game): DraftOutcome {
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
    return dropped(`it is damaged (${list}).`, `壊れています（${list}）。`);
  }
  const { quarter, decisions } = envelope.data;
  if (game.phase !== 'planning' || quarter !== game.quarter)
    return dropped(
      `it is for planning quarter ${quarter}, but the game is in quarter ${game.quarter} (${game.phase}).`,
      `第${quarter}四半期の計画ですが、ゲームは第${game.quarter}四半期（${game.phase}）です。`,
    );
  const parsed = decisionsSchema.safeParse(decisions);
  if (parsed.success) return { draft: parsed.data as Decisions, warnings: [] };
  const damage = parsed.error.issues.filter((i) => !isPlanProblem(i));
  if (damage.length === 0) return { draft: decisions as Decisions, warnings: [] };
  const list = damage
    .slice(0, 3)
    .map((i) => `${formatPath(['draft', 'decisions', ...i.path])}: ${i.message}`)
    .join('; ');
  return dropped(`it is damaged (${list}).`, `壊れています（${list}）。`);
}
