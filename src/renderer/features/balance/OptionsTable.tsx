/**
 * The option values (options.ts): each event's options with the share of draws each was best,
 * what the reference's reading of the event is worth against its best single answer, and the
 * bound of answering every draw at its best. Every number comes from the engine's report.
 */
import { useTranslation } from 'react-i18next';
import { readingPerGame, type BalanceReport } from '../../../sim/index';
import {
  formatFraction,
  formatNumber,
  formatSigned,
  type NumberContext,
} from '../../components/format';

export function OptionsTable({
  options,
  format,
}: {
  options: NonNullable<BalanceReport['options']>;
  format: NumberContext;
}) {
  const { t } = useTranslation('balance');
  const reading = readingPerGame(options);
  // Worth a game or a draw is a small figure: two decimals.
  const worth = (x: number) => formatSigned(x, format, 2);
  const share = (x: number) => formatFraction(x, format, 0);
  return (
    <>
      <p data-testid="balance-reading">
        {t('readingPerGame', { reference: worth(reading.reference), bound: worth(reading.bound) })}
      </p>
      <table className="data-table" data-testid="balance-options">
        <caption>{t('optionsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('event')}</th>
            <th scope="col">{t('draws')}</th>
            <th scope="col">{t('inGames')}</th>
            <th scope="col">{t('bestShares')}</th>
            <th scope="col">{t('reading')}</th>
            <th scope="col">{t('readingBound')}</th>
          </tr>
        </thead>
        <tbody>
          {options.map((o) => (
            <tr key={o.source}>
              <th scope="row">{o.source}</th>
              <td>{formatNumber(o.draws, format, 0)}</td>
              <td>{share(o.drawnShare)}</td>
              <td>
                {o.options.map((x) => (
                  <span
                    key={x.option}
                    className={o.dominated.includes(x.option) ? 'problem' : undefined}
                  >
                    {x.option} {share(x.bestShare)}{' '}
                  </span>
                ))}
              </td>
              <td className={o.readingWorth < 0 ? 'problem' : undefined}>
                {worth(o.readingWorth)}
              </td>
              <td>{worth(o.bound)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
