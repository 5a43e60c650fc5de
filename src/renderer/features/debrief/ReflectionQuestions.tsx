import type { LocalizedText } from '../../../sim/index';
import { useLocalized } from '../../components/useLocalized';

/**
 * A dilemma's reflection questions as the engine gives them (reflectionQuestions: the card's own,
 * or the general ones): in the coach panel and in the workshop's room report alike.
 */
export function ReflectionQuestions({ questions }: { questions: readonly LocalizedText[] }) {
  const pick = useLocalized();
  return (
    <ul className="reflection-questions" data-testid="reflection-questions">
      {questions.map((q, i) => (
        <li key={i}>{pick(q)}</li>
      ))}
    </ul>
  );
}
