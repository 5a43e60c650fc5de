import { useTranslation } from 'react-i18next';
import type { RoomView } from '../../../shared/workshop';

/**
 * The forecasts at the reveal: each team's score for the quarter just revealed, and its
 * calibration across the game (the engine's scores; teams in leaderboard order).
 */
export function ProjectorForecasts({ room }: { room: RoomView }) {
  const { t } = useTranslation('workshop');
  const { t: tf } = useTranslation('forecast');
  return (
    <table className="projector-forecasts" data-testid="projector-forecasts">
      <caption>{tf('calibrationTitle')}</caption>
      <thead>
        <tr>
          <th>{t('leaderboard.team')}</th>
          <th>{t('debrief.quarter', { quarter: room.quarter })}</th>
          <th>{t('projector.acrossGame')}</th>
        </tr>
      </thead>
      <tbody>
        {room.standings.map((s) => (
          <tr key={s.teamId}>
            <th scope="row">{s.name}</th>
            <td>
              {s.quarterForecast === null
                ? t('projector.noForecast')
                : t('projector.forecastScore', { score: s.quarterForecast.toFixed(0) })}
            </td>
            <td>
              {s.calibration.score === null
                ? tf('calibrationNone')
                : tf('calibrationSummary', {
                    count: s.calibration.count,
                    score: s.calibration.score.toFixed(0),
                  })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
