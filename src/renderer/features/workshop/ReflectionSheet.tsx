import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { DilemmaDiscussion } from '../../../shared/workshop';

const PROMPTS = ['happened', 'why', 'atWork', 'nextTime'] as const;

/**
 * A reflection sheet a participant fills in by hand (振り返りシート). It is printed in Japanese and
 * English whatever the page's language: a room often mixes them. After the general prompts, each
 * dilemma the team met with its own questions (the room report's, from the engine).
 */
export function ReflectionSheet({
  teamName,
  dilemmas,
}: {
  teamName: string;
  dilemmas: readonly DilemmaDiscussion[];
}) {
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
      {dilemmas.length > 0 && (
        <>
          <h3>
            {ja('dilemmas')} / {en('dilemmas')}
          </h3>
          {dilemmas.map((d) => (
            <section
              key={d.cardId}
              className="reflection-prompt"
              data-testid={`reflection-dilemma-${d.cardId}`}
            >
              <h4>
                {d.title.ja} / {d.title.en}
              </h4>
              {d.questions.map((q, i) => (
                <Fragment key={i}>
                  <p>{q.ja}</p>
                  <p className="muted">{q.en}</p>
                </Fragment>
              ))}
              <div className="reflection-space" />
            </section>
          ))}
        </>
      )}
    </article>
  );
}
