/** Each lever's best value in each starting situation (situation-sensitivity.ts). */
import { useTranslation } from 'react-i18next';
import { GIVEN_UP_SHOWN, leversHeldEverywhere, type BalanceReport } from '../../../sim/index';
import { formatSigned, type NumberContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';

export function SituationLeversTable({
  rows,
  format,
}: {
  rows: NonNullable<BalanceReport['sensitivityBySituation']>;
  format: NumberContext;
}) {
  const { t } = useTranslation('balance');
  const localized = useLocalized();
  const levers = rows[0]?.levers ?? [];
  const held = new Set(leversHeldEverywhere(rows));
  const text = (cell: (typeof levers)[number]) =>
    cell.givenUp >= GIVEN_UP_SHOWN
      ? `${String(cell.best)} (${formatSigned(cell.givenUp, format, 1)})`
      : String(cell.best);
  return (
    <div data-testid="balance-situation-levers">
      <table className="data-table">
        <caption>{t('situationLeversTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lever')}</th>
            {rows.map((r) => (
              <th scope="col" key={r.situation.id}>
                {t('situationLeverSeeds', {
                  title: localized(r.situation.title),
                  count: r.seeds.length,
                })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {levers.map((l, i) => (
            <tr key={l.lever} className={held.has(l.lever) ? 'muted' : undefined}>
              <th scope="row">{l.lever}</th>
              {rows.map((r) => {
                const cell = r.levers[i] as typeof l;
                return (
                  <td key={r.situation.id}>
                    {cell.clear ? <strong>{text(cell)}</strong> : text(cell)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('situationLeversNote', { held: held.size, levers: levers.length })}</p>
    </div>
  );
}
