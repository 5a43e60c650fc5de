/** What knowing a seed was worth over the strongest fixed plan, seed by seed (foresight.ts). */
import { useTranslation } from 'react-i18next';
import {
  FIXED_PLAN_MARGIN,
  QUARTERS_PER_PHASE,
  type BalanceReport,
  type ForesightVerdict,
} from '../../../sim/index';
import { formatNumber, formatSigned, type NumberContext } from '../../components/format';

export function ForesightTable({
  foresight: f,
  format,
}: {
  foresight: NonNullable<BalanceReport['foresight']>;
  format: NumberContext;
}) {
  const { t } = useTranslation('balance');
  const score = (x: number) => formatNumber(x, format, 1);
  return (
    <div data-testid="balance-foresight">
      <table className="data-table">
        <caption>
          {t('foresightTitle', { games: formatNumber(f.budgetPerSeed, format, 0) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('foresightSeed')}</th>
            <th scope="col">{t('kind.reference')}</th>
            <th scope="col">{t('foresightAdversary')}</th>
            <th scope="col">{t('foresightBest')}</th>
          </tr>
        </thead>
        <tbody>
          {f.seeds.map((x) => (
            <tr key={x.seed}>
              <th scope="row">{x.seed}</th>
              <td>{score(x.reference)}</td>
              <td>{score(x.adversary)}</td>
              <td>{score(x.foresight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('foresightWorth', {
          worth: formatSigned(f.worth, format, 1),
          margin: formatSigned(f.referenceMargin, format, 1),
        })}{' '}
        {t(FORESIGHT_VERDICT_KEY[f.verdict], {
          target: formatNumber(FIXED_PLAN_MARGIN, format, 1),
          quarters: formatNumber(QUARTERS_PER_PHASE, format, 0),
        })}
      </p>
    </div>
  );
}

/** The text that says what the foresight estimate means (foresight.ts, foresightVerdict). */
const FORESIGHT_VERDICT_KEY: Record<ForesightVerdict, string> = {
  'reference-beyond': 'foresightReferenceBeyond',
  'under-target': 'foresightUnder',
  room: 'foresightEnough',
};
