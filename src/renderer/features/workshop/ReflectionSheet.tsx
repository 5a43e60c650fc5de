import { useTranslation } from 'react-i18next';

const PROMPTS = ['happened', 'why', 'atWork', 'nextTime'] as const;

/**
 * A reflection sheet a participant fills in by hand (振り返りシート). It is printed in Japanese and
 * English whatever the page's language: a room often mixes them.
 */
export function ReflectionSheet({ teamName }: { teamName: string }) {
  const { i18n } = useTranslation('workshop');
  const ja = i18n.getFixedT('ja', 'workshop', 'debrief.reflection');
  const en = i18n.getFixedT('en', 'workshop', 'debrief.reflection');
  return (
    <article className="debrief-sheet reflection-sheet" data-testid={`reflection-${teamName}`}>
      <h2>
        {ja('title')} / {en('title')}
      </h2>
      <p>
        {ja('team')} / {en('team')}: <strong>{teamName}</strong>
      </p>
      <p>
        {ja('name')} / {en('name')}: <span className="reflection-line" />
      </p>
      {PROMPTS.map((prompt) => (
        <section key={prompt} className="reflection-prompt">
          <h3>{ja(prompt)}</h3>
          <p className="muted">{en(prompt)}</p>
          <div className="reflection-space" />
        </section>
      ))}
    </article>
  );
}
