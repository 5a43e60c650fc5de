import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { selectHistory, selectKpis, selectOrg, type Game } from '../../../sim/index';
import type { FormatContext } from '../../components/format';
import { HistoryCharts } from './HistoryCharts';
import { KpiAreas } from './KpiAreas';
import { OrgTables } from './OrgTables';
import { ObjectivesList } from '../briefing/ObjectivesList';
import { WhenVisible } from '../../components/WhenVisible';
import { MarketLine } from '../briefing/MarketLine';

export interface DashboardProps {
  game: Game;
  format: FormatContext;
}

/**
 * The situation at a glance: the market, the board's objectives (tracked as the briefing does),
 * KPI cards by area, charts over the quarters, the organisation.
 */
export function Dashboard({ game, format }: DashboardProps) {
  const { t } = useTranslation('dashboard');
  const tb = useTranslation('briefing').t;
  const kpis = useMemo(() => selectKpis(game), [game]);
  const history = useMemo(() => selectHistory(game), [game]);
  const org = useMemo(() => selectOrg(game), [game]);
  return (
    <div className="dashboard" data-testid="dashboard" data-quarter={game.quarter}>
      <MarketLine game={game} testId="dashboard-market" />
      <section
        className="panel"
        aria-labelledby="dashboard-objectives"
        data-testid="dashboard-objectives"
      >
        <h2 id="dashboard-objectives">{tb('objectives.title')}</h2>
        <ObjectivesList game={game} format={format} />
      </section>
      <KpiAreas kpis={kpis} format={format} />
      <section className="panel" aria-labelledby="charts-title">
        <h2 id="charts-title">{t('chartsTitle')}</h2>
        <HistoryCharts history={history} format={format} />
      </section>
      <WhenVisible minHeight={900}>
        <OrgTables org={org} format={format} />
      </WhenVisible>
    </div>
  );
}
