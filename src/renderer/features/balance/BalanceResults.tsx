/**
 * The balance lab's report: targets, policies with the reference's paired win rates, the
 * search's progress, lever curves and option values. Every number comes from the engine's
 * report; this only lays it out.
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
import {
  FIXED_PLAN_MARGIN,
  fixedPlanLabel,
  FOUND_BY_SEARCH,
  QUARTERS_PER_PHASE,
  type BalanceReport,
  type ForesightVerdict,
} from '../../../sim/index';
import { useLocalized } from '../../components/useLocalized';
import { OptionsTable } from './OptionsTable';
import { signedWorth } from './worth';

const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : '–');
const num = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');

export function BalanceResults({ report }: { report: BalanceReport }) {
  const { t } = useTranslation('balance');
  const localized = useLocalized();
  // The charts show one kept plan, the strongest fixed plan when it is one (short-named); the
  // table lists them all.
  const charted = report.policies.filter(
    (p) => p.kind !== 'kept' || p.name === report.adversary?.policy,
  );
  const policies = charted.map((p) => ({
    name: p.kind === 'kept' ? t('strongestKept') : p.name,
    mean: Number(p.mean.toFixed(1)),
    wins: p.vsReference ? Math.round(p.vsReference.referenceWins * 100) : null,
  }));
  return (
    <div className="balance-results" data-testid="balance-results">
      <table className="data-table" data-testid="balance-targets">
        <caption>{t('targets', { seeds: report.settings.seeds })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('target')}</th>
            <th scope="col">{t('met')}</th>
            <th scope="col">{t('measured')}</th>
          </tr>
        </thead>
        <tbody>
          {report.targets.map((x) => (
            <tr key={x.id} className={x.met === false ? 'problem' : undefined}>
              <td>{localized(x.label)}</td>
              <td>{x.met === null ? t('notMeasured') : x.met ? t('yes') : t('no')}</td>
              <td>{localized(x.measured)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="compare-charts">
        <figure className="chart-box">
          <figcaption>
            <h3>{t('meanScore')}</h3>
          </figcaption>
          <ResponsiveContainer width="100%" height={300}>
            <BarChart data={policies} layout="vertical" margin={{ left: 40, right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe3" />
              <XAxis type="number" domain={[0, 100]} tick={{ fontSize: 12 }} />
              <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 11 }} />
              <Tooltip />
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
              <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
              <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 11 }} />
              <Tooltip />
              <ReferenceLine x={75} stroke="#dc2626" strokeDasharray="4 3" />
              <Bar
                dataKey="wins"
                name={t('referenceWins')}
                fill="#16a34a"
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </figure>
        {report.search && (
          <figure className="chart-box">
            <figcaption>
              <h3>{t('searchTitle', { games: report.search.games })}</h3>
              {report.search.keptPlans > 0 && (
                <p className="muted" data-testid="balance-kept-plans">
                  {report.search.source === FOUND_BY_SEARCH
                    ? t('keptPlans', { count: report.search.keptPlans })
                    : t('keptPlanBest', {
                        count: report.search.keptPlans,
                        name: report.search.source,
                      })}
                </p>
              )}
            </figcaption>
            <ResponsiveContainer width="100%" height={300}>
              <LineChart
                data={report.search.generations.map((g, i) => ({ generation: i + 1, ...g }))}
                margin={{ left: 8, right: 16 }}
              >
                <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe3" />
                <XAxis dataKey="generation" tick={{ fontSize: 12 }} />
                <YAxis domain={['auto', 'auto']} tick={{ fontSize: 12 }} width={40} />
                <Tooltip />
                <Line dataKey="best" name={t('best')} stroke="#2563eb" isAnimationActive={false} />
                <Line dataKey="mean" name={t('mean')} stroke="#9ca3af" isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </figure>
        )}
      </div>
      <table className="data-table" data-testid="balance-policies">
        <caption>{t('policiesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('policy')}</th>
            <th scope="col">{t('mean')}</th>
            <th scope="col">p10 / p50 / p90</th>
            <th scope="col">{t('completed')}</th>
            <th scope="col">{t('medianGrade')}</th>
            <th scope="col">{t('referenceWins')}</th>
            <th scope="col">{t('margin')}</th>
          </tr>
        </thead>
        <tbody>
          {report.policies.map((p) => (
            <tr key={p.name}>
              <th scope="row">
                {p.name} <span className="muted">({t(`kind.${p.kind}`)})</span>
              </th>
              <td>{num(p.mean)}</td>
              <td>
                {num(p.p10)} / {num(p.p50)} / {num(p.p90)}
              </td>
              <td>{pct(p.completed)}</td>
              <td>{p.medianGrade}</td>
              <td>{p.vsReference ? pct(p.vsReference.referenceWins) : '–'}</td>
              <td>{p.vsReference ? num(p.vsReference.meanMargin) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Adversary report={report} />
      {report.variance && (
        <p data-testid="balance-variance">
          {t('variance', {
            policy: pct(report.variance.policy),
            seed: pct(report.variance.seed),
            interaction: pct(report.variance.interaction),
          })}
        </p>
      )}
      <p>
        {t('calibration', {
          growth: pct(report.calibration.growth),
          nrr: pct(report.calibration.nrr),
          margin: pct(report.calibration.grossMargin),
          attrition: pct(report.calibration.attrition),
          rule40: pct(report.calibration.ruleOf40Share),
        })}
      </p>
      {report.foresight && <ForesightTable report={report} />}
      {report.sensitivity && <SensitivityCharts report={report} />}
      {report.options && <OptionsTable options={report.options} />}
    </div>
  );
}

/** What knowing a seed was worth over the strongest fixed plan, seed by seed (foresight.ts). */
function ForesightTable({ report }: { report: BalanceReport }) {
  const { t } = useTranslation('balance');
  const f = report.foresight;
  if (!f) return null;
  const signed = (x: number) => (x > 0 ? `+${num(x)}` : num(x));
  return (
    <div data-testid="balance-foresight">
      <table className="data-table">
        <caption>{t('foresightTitle', { games: f.budgetPerSeed })}</caption>
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
              <td>{num(x.reference)}</td>
              <td>{num(x.adversary)}</td>
              <td>{num(x.foresight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('foresightWorth', { worth: signed(f.worth), margin: signed(f.referenceMargin) })}{' '}
        {t(FORESIGHT_VERDICT_KEY[f.verdict], {
          target: FIXED_PLAN_MARGIN,
          quarters: QUARTERS_PER_PHASE,
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

/** Which fixed plan the fixed-plan target is judged against, and where it came from. */
function Adversary({ report }: { report: BalanceReport }) {
  const { t } = useTranslation('balance');
  const localized = useLocalized();
  const adversary = report.adversary;
  const v = report.policies.find((p) => p.name === adversary?.policy)?.vsReference;
  if (!adversary || !v) return null;
  return (
    <p data-testid="balance-adversary">
      {t('adversary', {
        n: report.fixedPlans?.length ?? 0,
        name: localized(fixedPlanLabel(adversary)),
        wins: pct(v.referenceWins),
        margin: num(v.meanMargin),
      })}
      {adversary.origin === 'kept' && adversary.from && (
        <span className="muted"> {t('adversaryFrom', { from: adversary.from })}</span>
      )}
    </p>
  );
}

function SensitivityCharts({ report }: { report: BalanceReport }) {
  const { t } = useTranslation('balance');
  return (
    <>
      <h3>{t('sensitivityTitle')}</h3>
      <div className="compare-charts" data-testid="balance-sensitivity">
        {(report.sensitivity ?? []).map((c) => (
          <figure key={c.lever} className="chart-box">
            <figcaption>
              {c.lever}
              {c.bestAt !== 'inside' && (
                <strong className="problem"> {t(`bestAt.${c.bestAt}`)}</strong>
              )}{' '}
              <span className={c.readingWorth < 0 ? 'problem' : undefined}>
                {t('leverReading', { worth: signedWorth(c.readingWorth) })}
              </span>
            </figcaption>
            <ResponsiveContainer width="100%" height={140}>
              <BarChart
                data={c.points.map((p) => ({
                  value: String(p.value),
                  mean: Number(p.mean.toFixed(1)),
                }))}
              >
                <XAxis dataKey="value" tick={{ fontSize: 11 }} />
                <YAxis domain={['auto', 'auto']} tick={{ fontSize: 11 }} width={36} />
                <Tooltip />
                <Bar dataKey="mean" fill="#2563eb" isAnimationActive={false} />
                <ReferenceLine
                  y={Number(c.reference.toFixed(1))}
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
