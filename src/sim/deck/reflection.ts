/**
 * The reflection questions for a dilemma met: the card's own (written with the card, about its
 * trade-off), or, for a card without them (a player's own scenario written before cards had
 * questions), the general questions, which differ by whether the answers compared were alike.
 * The single player's debrief (the player's answer beside the coach's) and the workshop's pack
 * (the teams' answers) both ask through here, so a card's questions are written once.
 */
import type { DilemmaCard } from '../scenario/schema';
import type { LocalizedText } from '../types';

/** The general questions: for a card without its own, after alike or differing answers. */
export const GENERAL_REFLECTION: { alike: LocalizedText; differed: LocalizedText } = {
  alike: {
    en: 'What made this option look safe, and when would another one be right?',
    ja: 'この選択肢はなぜ安全に見えたのでしょうか。別の選択肢が正しいのはどんなときですか。',
  },
  differed: {
    en: 'What did each side expect, what did it give up, and what do the numbers say now?',
    ja: 'それぞれ何を期待し、何を手放したのでしょうか。数字は今、何を示していますか。',
  },
};

/**
 * The 1-2 questions a player reflects on after meeting `card`: its own, else the general one
 * for answers that were `alike` (the player's and the coach's, or every team's) or differed.
 */
export function reflectionQuestions(
  card: Pick<DilemmaCard, 'reflection'>,
  alike: boolean,
): LocalizedText[] {
  if (card.reflection && card.reflection.length > 0) return card.reflection;
  return [alike ? GENERAL_REFLECTION.alike : GENERAL_REFLECTION.differed];
}
