/** The reference against the strongest fixed plan in each starting situation (by-situation.ts). */
import { useTranslation } from 'react-i18next';
import type { BalanceReport } from '../../../sim/index';
import {
  formatFraction,
  formatNumber,
  formatSigned,
  type NumberContext,
} from '../../components/format';
import { useLocalized } from '../../components/useLocalized';

export function SituationTable({
  rows,
  format,
}: {
  rows: NonNullable<BalanceReport['bySituation']>;
  format: NumberContext;
}) {
  const { t } = useTranslation('balance');
  const localized = useLocalized();
  return (
    <div data-testid="balance-situations">
      <table className="data-table">
        <caption>{t('situationsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('situation')}</th>
            <th scope="col">{t('situationSeeds')}</th>
            <th scope="col">{t('situationReference')}</th>
            <th scope="col">{t('situationWins')}</th>
            <th scope="col">{t('situationMargin')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((x) => (
            <tr key={x.situation.id}>
              <th scope="row">{localized(x.situation.title)}</th>
              <td>{formatNumber(x.seeds, format, 0)}</td>
              <td>{formatNumber(x.reference, format, 1)}</td>
              <td>{formatFraction(x.referenceWins, format, 0)}</td>
              <td>{formatSigned(x.meanMargin, format, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('situationsNote')}</p>
    </div>
  );
}
