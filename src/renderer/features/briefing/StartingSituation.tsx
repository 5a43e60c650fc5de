/**
 * The starting situation this game's seed drew (the engine's selectSituation): told in full in
 * quarter 1 beside the scenario's introduction, then named in one line every later quarter and
 * beside the scenario wherever a finished or saved game is summarised, so that two games of one
 * scenario on different seeds show why their starts differed.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { selectSituation, type Briefing, type Game } from '../../../sim/index';
import { useLocalized } from '../../components/useLocalized';

type Situation = NonNullable<Briefing['situation']>;

/** Quarter 1: the situation in full, next to the scenario's introduction. */
export function StartingSituation({ situation }: { situation: Situation }) {
  const { t } = useTranslation('briefing');
  const pick = useLocalized();
  return (
    <section
      className="panel briefing-start-situation"
      aria-labelledby="briefing-start-situation"
      data-testid="briefing-start-situation"
      data-situation={situation.id}
    >
      <h3 id="briefing-start-situation">{t('start.heading', { title: pick(situation.title) })}</h3>
      <p>{pick(situation.body)}</p>
      <p className="muted small">{t('start.drawn')}</p>
    </section>
  );
}

/** Later quarters: one line naming the situation; its text on hover, or opened in place. */
export function SituationReminder({ situation }: { situation: Situation }) {
  const { t } = useTranslation('briefing');
  const pick = useLocalized();
  return (
    <details
      className="briefing-situation-reminder"
      data-testid="briefing-situation-reminder"
      data-situation={situation.id}
    >
      <summary title={pick(situation.body)}>
        <span className="muted">{t('start.label')}</span> <strong>{pick(situation.title)}</strong>
      </summary>
      <p className="small">{pick(situation.body)}</p>
    </details>
  );
}

/** The situation's title beside a game's scenario (debrief, compare, replay); nothing if none. */
export function SituationTag({ game, as: Tag = 'span' }: { game: Game; as?: 'span' | 'p' }) {
  const { t } = useTranslation('briefing');
  const pick = useLocalized();
  const situation = useMemo(() => selectSituation(game), [game]);
  if (!situation) return null;
  return (
    <Tag
      className="situation-tag"
      title={pick(situation.body)}
      data-testid="situation-tag"
      data-situation={situation.id}
    >
      {t('start.label')} {pick(situation.title)}
    </Tag>
  );
}
