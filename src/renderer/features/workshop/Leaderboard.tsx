import { useTranslation } from 'react-i18next';
import type { RoomView } from '../../../shared/workshop';

/**
 * The leaderboard under the session's weights, best first. `revealed` rows are shown, counted
 * from the last place up: a staged reveal keeps the winner for the end.
 */
export function Leaderboard({ room, revealed }: { room: RoomView; revealed: number }) {
  const { t } = useTranslation('workshop');
  const hiddenAbove = room.standings.length - revealed;
  return (
    <table
      className="workshop-leaderboard"
      aria-label={t('leaderboard.title')}
      data-testid="leaderboard"
    >
      <thead>
        <tr>
          <th>{t('leaderboard.rank')}</th>
          <th>{t('leaderboard.team')}</th>
          <th>{t('leaderboard.score')}</th>
          <th>{t('leaderboard.grade')}</th>
        </tr>
      </thead>
      <tbody>
        {room.standings.map((s, i) => (
          <tr
            key={s.teamId}
            className={i < hiddenAbove ? 'hidden-rank' : 'shown-rank'}
            aria-hidden={i < hiddenAbove}
          >
            <td>{i + 1}</td>
            <td>
              {i < hiddenAbove ? '…' : s.name}
              {i >= hiddenAbove && s.status !== 'playing' && s.status !== 'completed' && (
                <span className="bad"> ({t(`status.${s.status}`)})</span>
              )}
            </td>
            <td>{i < hiddenAbove ? '' : s.weightedScore.toFixed(1)}</td>
            <td>{i < hiddenAbove ? '' : s.grade}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
