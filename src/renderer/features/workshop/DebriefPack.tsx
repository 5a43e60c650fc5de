import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '@colyseus/sdk';
import type { DebriefView } from '../../../shared/workshop';
import type { FormatContext } from '../../components/format';
import type { Refusal } from '../../../shared/workshop-refusals';
import { requestRefusal } from './connection';
import { useRefusalText } from './refusalText';
import { ReflectionSheet } from './ReflectionSheet';
import { RoomReport } from './RoomReport';
import { TeamReport } from './TeamReport';

/** Excel reads a CSV as UTF-8 (Japanese team names, texts) only when it starts with a BOM. */
const UTF8_BOM = '\uFEFF';

function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([UTF8_BOM + csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The debrief pack, asked from the room: for the facilitator the room's report and every team's,
 * for a team its own; a reflection sheet per team; the CSV; print (or save as PDF) through the
 * browser, with the page CSS for print in workshop.css.
 */
export function DebriefPack({
  room,
  scope,
  format,
}: {
  room: Room;
  scope: 'room' | 'team';
  format: FormatContext;
}) {
  const { t } = useTranslation('workshop');
  const [pack, setPack] = useState<DebriefView | null>(null);
  const [error, setError] = useState<Refusal | null>(null);
  const say = useRefusalText();

  useEffect(() => {
    room.request('debrief', {}).then(
      (view: DebriefView) => setPack(view),
      (e: unknown) => setError(requestRefusal(e)),
    );
  }, [room]);

  if (error)
    return (
      <p className="error-box" role="alert">
        {say(error)}
      </p>
    );
  if (!pack)
    return (
      <p className="workshop-note" role="status">
        {t('debrief.loading')}
      </p>
    );
  const fileName =
    scope === 'room'
      ? 'workshop-debrief.csv'
      : `workshop-debrief-${pack.teams[0]?.standing.name}.csv`;
  return (
    <section className="debrief-pack" aria-label={t('debrief.title')} data-testid="debrief-pack">
      <div className="debrief-toolbar no-print">
        <h2>{t('debrief.title')}</h2>
        <button type="button" onClick={() => downloadCsv(pack.csv, fileName)}>
          {t('debrief.csv')}
        </button>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('debrief.print')}
        </button>
      </div>
      {scope === 'room' && <RoomReport pack={pack} format={format} />}
      {pack.teams.map((team) => (
        <TeamReport
          key={team.standing.teamId}
          team={team}
          total={pack.room.standings.length}
          format={format}
        />
      ))}
      {pack.teams.map((team) => (
        <ReflectionSheet
          key={team.standing.teamId}
          teamName={team.standing.name}
          dilemmas={pack.dilemmas.filter((d) =>
            d.options.some((o) => o.teams.includes(team.standing.name)),
          )}
        />
      ))}
    </section>
  );
}
