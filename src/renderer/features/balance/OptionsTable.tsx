/**
 * The option values (options.ts): each event's options with the share of draws each was best,
 * what the reference's reading of the event is worth against its best single answer, and the
 * bound of answering every draw at its best. Every number comes from the engine's report.
 */
import { useTranslation } from 'react-i18next';
import { readingPerGame, type BalanceReport } from '../../../sim/index';
import { signedWorth as signed } from './worth';

const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : '–');

export function OptionsTable({ options }: { options: NonNullable<BalanceReport['options']> }) {
  const { t } = useTranslation('balance');
  const reading = readingPerGame(options);
  return (
    <>
      <p data-testid="balance-reading">
        {t('readingPerGame', {
          reference: signed(reading.reference),
          bound: signed(reading.bound),
        })}
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
              <td>{o.draws}</td>
              <td>{pct(o.drawnShare)}</td>
              <td>
                {o.options.map((x) => (
                  <span
                    key={x.option}
                    className={o.dominated.includes(x.option) ? 'problem' : undefined}
                  >
                    {x.option} {pct(x.bestShare)}{' '}
                  </span>
                ))}
              </td>
              <td className={o.readingWorth < 0 ? 'problem' : undefined}>
                {signed(o.readingWorth)}
              </td>
              <td>{signed(o.bound)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
