import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { selectMarket, type Game } from '../../../sim/index';
import { useLocalized } from '../../components/useLocalized';
import './briefing.css';

/**
 * The market line (the engine's selectMarket: the demand cycle and the hiring market), shown on
 * the briefing and wherever the player plans, since the right plan depends on it.
 */
export function MarketLine({ game, testId }: { game: Game; testId: string }) {
  const { t } = useTranslation('briefing');
  const market = useMemo(() => selectMarket(game), [game]);
  const localized = useLocalized();
  return (
    <p className="briefing-market" data-testid={testId} data-cycle={market.cycle}>
      <strong>{t('market')}: </strong>
      {localized(market.text)}
    </p>
  );
}
