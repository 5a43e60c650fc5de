/**
 * The lab's charts: each policy's mean score, the reference's paired wins against each (the
 * fixed-plan target's share marked), the search's progress, and each lever's sensitivity curve.
 * Figures on the axes and in the tooltips are written as the tables write them.
 */
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { FIXED_PLAN_WIN_SHARE, FOUND_BY_SEARCH, type BalanceReport } from '../../../sim/index';
import {
  formatFraction,
  formatNumber,
  formatSigned,
  type NumberContext,
} from '../../components/format';
import { tooltipValue } from '../../components/charts/tooltip';

export function PolicyCharts({ report, format }: { report: BalanceReport; format: NumberContext }) {
  const { t } = useTranslation('balance');
  const score = (v: number) => formatNumber(v, format, 1);
  const share = (v: number) => formatFraction(v, format, 0);
  // The charts show one kept plan, the strongest fixed plan when it is one (short-named); the
  // table lists them all.
  const policies = report.policies
    .filter((p) => p.kind !== 'kept' || p.name === report.adversary?.policy)
    .map((p) => ({
      name: p.kind === 'kept' ? t('strongestKept') : p.name,
      mean: p.mean,
      wins: p.vsReference ? p.vsReference.referenceWins : null,
    }));
  return (
    <div className="compare-charts">
      <figure className="chart-box">
        <figcaption>
          <h3>{t('meanScore')}</h3>
        </figcaption>
        <ResponsiveContainer width="100%" height={300}>
          <BarChart data={policies} layout="vertical" margin={{ left: 40, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe3" />
            <XAxis type="number" domain={[0, 100]} tick={{ fontSize: 12 }} tickFormatter={score} />
            <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 11 }} />
            <Tooltip formatter={tooltipValue(score)} />
            <Bar dataKey="mean" name={t('meanScore')} fill="#2563eb" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart-box">
        <figcaption>
          <h3>{t('referenceWins')}</h3>
        </figcaption>
        <ResponsiveContainer width="100%" height={300}>
          <BarChart
            data={policies.filter((p) => p.wins !== null)}
            layout="vertical"
            margin={{ left: 40, right: 16 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe3" />
            <XAxis type="number" domain={[0, 1]} tick={{ fontSize: 12 }} tickFormatter={share} />
            <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 11 }} />
            <Tooltip formatter={tooltipValue(share)} />
            <ReferenceLine x={FIXED_PLAN_WIN_SHARE} stroke="#dc2626" strokeDasharray="4 3" />
            <Bar
              dataKey="wins"
              name={t('referenceWins')}
              fill="#16a34a"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      {report.search && <SearchChart search={report.search} format={format} />}
    </div>
  );
}

function SearchChart({
  search,
  format,
}: {
  search: NonNullable<BalanceReport['search']>;
  format: NumberContext;
}) {
  const { t } = useTranslation('balance');
  const score = (v: number) => formatNumber(v, format, 1);
  return (
    <figure className="chart-box">
      <figcaption>
        <h3>{t('searchTitle', { games: formatNumber(search.games, format, 0) })}</h3>
        {search.keptPlans > 0 && (
          <p className="muted" data-testid="balance-kept-plans">
            {search.source === FOUND_BY_SEARCH
              ? t('keptPlans', { count: search.keptPlans })
              : t('keptPlanBest', { count: search.keptPlans, name: search.source })}
          </p>
        )}
        <p className="muted" data-testid="balance-search-start">
          {search.refined === null
            ? t('searchExplored')
            : t('searchRefined', { name: search.refined })}
        </p>
        {search.polish.games > 0 && (
          <p className="muted" data-testid="balance-polish">
            {t(search.polish.changes.length > 0 ? 'polishChanged' : 'polishNone', {
              count: search.polish.changes.length,
              from:
                search.polish.from === FOUND_BY_SEARCH
                  ? t('planOfThisSearch')
                  : t('quotedPlan', { name: search.polish.from }),
              seeds: formatNumber(search.polish.seeds.length, format, 0),
              games: formatNumber(search.polish.games, format, 0),
            })}
          </p>
        )}
      </figcaption>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart
          data={search.generations.map((g, i) => ({ generation: i + 1, ...g }))}
          margin={{ left: 8, right: 16 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe3" />
          <XAxis dataKey="generation" tick={{ fontSize: 12 }} />
          <YAxis
            domain={['auto', 'auto']}
            tick={{ fontSize: 12 }}
            width={40}
            tickFormatter={score}
          />
          <Tooltip formatter={tooltipValue(score)} />
          <Line dataKey="best" name={t('best')} stroke="#2563eb" isAnimationActive={false} />
          <Line dataKey="mean" name={t('mean')} stroke="#9ca3af" isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Each lever held at each value, the reference's own mean as a line, and its reading's worth. */
export function SensitivityCharts({
  curves,
  format,
}: {
  curves: NonNullable<BalanceReport['sensitivity']>;
  format: NumberContext;
}) {
  const { t } = useTranslation('balance');
  // A flat curve's axis spans a few hundredths: its ticks need two decimals to read apart.
  const tick = (v: number) => formatNumber(v, format, 2);
  return (
    <>
      <h3>{t('sensitivityTitle')}</h3>
      <div className="compare-charts" data-testid="balance-sensitivity">
        {curves.map((c) => (
          <figure key={c.lever} className="chart-box">
            <figcaption>
              {c.lever}
              {c.bestAt !== 'inside' && (
                <strong className="problem"> {t(`bestAt.${c.bestAt}`)}</strong>
              )}{' '}
              <span className={c.readingWorth < 0 ? 'problem' : undefined}>
                {t('leverReading', { worth: formatSigned(c.readingWorth, format, 2) })}
              </span>
            </figcaption>
            <ResponsiveContainer width="100%" height={140}>
              {/* The lever's values as the scenario writes them (its levels, not quantities). */}
              <BarChart data={c.points.map((p) => ({ value: String(p.value), mean: p.mean }))}>
                <XAxis dataKey="value" tick={{ fontSize: 11 }} />
                <YAxis
                  domain={['auto', 'auto']}
                  tick={{ fontSize: 11 }}
                  width={40}
                  tickFormatter={tick}
                />
                <Tooltip formatter={tooltipValue(tick)} />
                <Bar dataKey="mean" fill="#2563eb" isAnimationActive={false} />
                <ReferenceLine
                  y={c.reference}
                  stroke="#dc2626"
                  strokeDasharray="4 2"
                  label={{ value: t('referenceLine'), fontSize: 10, position: 'insideTopRight' }}
                />
              </BarChart>
            </ResponsiveContainer>
          </figure>
        ))}
      </div>
    </>
  );
}
