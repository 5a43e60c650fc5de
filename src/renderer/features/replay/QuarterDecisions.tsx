/**
 * The decisions of one replayed quarter: the capacity allocation, every lever changed from the
 * quarter before (quarter 1: from the scenario's starting plan), and the answers given.
 */
import { useTranslation } from 'react-i18next';
import { leverDifferences, type Game } from '../../../sim/index';
import type { FormatContext } from '../../components/format';
import { useChoiceText, useLeverText } from '../compare/leverText';

export function QuarterDecisions({
  game,
  quarter,
  format,
}: {
  game: Game;
  quarter: number;
  format: FormatContext;
}) {
  const { t } = useTranslation('replay');
  const levers = useLeverText(format, game.scenario);
  const choices = useChoiceText(game);
  const record = game.history[quarter - 1];
  if (!record) return null;
  const before = game.history[quarter - 2]?.decisions ?? game.scenario.startingDecisions;
  const changed = leverDifferences(before, record.decisions);
  const a = record.decisions.allocation;
  return (
    <section className="panel replay-decisions" data-testid="replay-decisions">
      <h2>{t('decisionsTitle', { quarter })}</h2>
      <p>
        {t('allocation', {
          features: a.features,
          debt: a.debtPaydown,
          reliability: a.reliability,
          security: a.security,
          innovation: a.innovation,
        })}
      </p>
      {changed.length === 0 ? (
        <p className="muted">{t('unchanged')}</p>
      ) : (
        <table className="data-table">
          <caption>{t('changedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lever')}</th>
              <th scope="col">{t('before')}</th>
              <th scope="col">{t('now')}</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((c) => (
              <tr key={c.leverId}>
                <td>{levers.label(c.leverId)}</td>
                <td>{levers.value(c.leverId, c.a)}</td>
                <td>{levers.value(c.leverId, c.b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {record.choices.length > 0 && (
        <>
          <h3>{t('answersTitle')}</h3>
          <ul>
            {record.choices.map((c) => (
              <li key={c.eventId}>
                {choices.title(c.sourceId)}:{' '}
                <strong>{choices.option(c.sourceId, c.optionId)}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
