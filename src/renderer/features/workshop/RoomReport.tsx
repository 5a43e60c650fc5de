import { useTranslation } from 'react-i18next';
import type { DebriefView } from '../../../shared/workshop';
import type { FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { ReflectionQuestions } from '../debrief/ReflectionQuestions';
import { CalibrationTable } from '../forecast/CalibrationTable';
import { Leaderboard } from './Leaderboard';
import { RoomCharts } from './RoomCharts';

/** The room's printable report: leaderboard, every team on the same shocks, and the dilemmas met. */
export function RoomReport({ pack, format }: { pack: DebriefView; format: FormatContext }) {
  const { t } = useTranslation('workshop');
  const tf = useTranslation('forecast').t;
  const pick = useLocalized();
  return (
    <article className="debrief-sheet" data-testid="room-report">
      <h2>{t('debrief.roomReport', { title: pick(pack.room.scenarioTitle) })}</h2>
      <Leaderboard room={pack.room} revealed={pack.room.standings.length} />
      <h3>{t('debrief.sameShocks')}</h3>
      <RoomCharts room={pack.room} format={format} />
      <h3>{tf('calibrationTitle')}</h3>
      <CalibrationTable
        rows={pack.room.standings.map((s) => ({ name: s.name, calibration: s.calibration }))}
      />
      <h3>{t('debrief.discussion')}</h3>
      {pack.dilemmas.length === 0 && <p>{t('debrief.noDilemmas')}</p>}
      {pack.dilemmas.map((d) => {
        const chosen = d.options.filter((o) => o.teams.length > 0);
        return (
          <section key={d.cardId} className="debrief-dilemma">
            <h4>{pick(d.title)}</h4>
            <p className="muted">{pick(d.body)}</p>
            <ul>
              {d.options.map((o) => (
                <li key={o.optionId}>
                  {pick(o.label)}: {o.teams.length > 0 ? o.teams.join(t('listSeparator')) : '—'}
                </li>
              ))}
            </ul>
            <p className="muted">
              {t(chosen.length > 1 ? 'debrief.teamsDiffered' : 'debrief.teamsAlike')}
            </p>
            <ReflectionQuestions questions={d.questions} />
          </section>
        );
      })}
    </article>
  );
}
