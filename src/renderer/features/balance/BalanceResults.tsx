/**
 * The balance lab's report: targets, policies with the reference's paired win rates, the
 * search's progress, lever curves and option values. Every number comes from the engine's
 * report; this only lays it out, in the reader's locale.
 */
import { useTranslation } from 'react-i18next';
import { fixedPlanLabel, type BalanceReport } from '../../../sim/index';
import {
  formatFraction,
  formatNumber,
  NO_FIGURE,
  type NumberContext,
} from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { PolicyCharts, SensitivityCharts } from './BalanceCharts';
import { ForesightTable } from './ForesightTable';
import { SituationLeversTable } from './SituationLeversTable';
import { SituationTable } from './SituationTable';
import { OptionsTable } from './OptionsTable';

export function BalanceResults({
  report,
  format,
}: {
  report: BalanceReport;
  format: NumberContext;
}) {
  const { t } = useTranslation('balance');
  const localized = useLocalized();
  const score = (x: number) => formatNumber(x, format, 1);
  const share = (x: number) => formatFraction(x, format, 0);
  return (
    <div className="balance-results" data-testid="balance-results">
      <table className="data-table" data-testid="balance-targets">
        <caption>{t('targets', { seeds: formatNumber(report.settings.seeds, format, 0) })}</caption>
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
      <PolicyCharts report={report} format={format} />
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
              <td>{score(p.mean)}</td>
              <td>
                {score(p.p10)} / {score(p.p50)} / {score(p.p90)}
              </td>
              <td>{share(p.completed)}</td>
              <td>{p.medianGrade}</td>
              <td>{p.vsReference ? share(p.vsReference.referenceWins) : NO_FIGURE}</td>
              <td>{p.vsReference ? score(p.vsReference.meanMargin) : NO_FIGURE}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Adversary report={report} format={format} />
      {report.variance && (
        <p data-testid="balance-variance">
          {t('variance', {
            policy: share(report.variance.policy),
            seed: share(report.variance.seed),
            interaction: share(report.variance.interaction),
          })}
        </p>
      )}
      <p>
        {t('calibration', {
          growth: share(report.calibration.growth),
          nrr: share(report.calibration.nrr),
          margin: share(report.calibration.grossMargin),
          attrition: share(report.calibration.attrition),
          rule40: share(report.calibration.ruleOf40Share),
        })}
      </p>
      {report.bySituation && <SituationTable rows={report.bySituation} format={format} />}
      {report.foresight && <ForesightTable foresight={report.foresight} format={format} />}
      {report.sensitivity && <SensitivityCharts curves={report.sensitivity} format={format} />}
      {report.sensitivityBySituation && (
        <SituationLeversTable rows={report.sensitivityBySituation} format={format} />
      )}
      {report.options && <OptionsTable options={report.options} format={format} />}
    </div>
  );
}

/** Which fixed plan the fixed-plan target is judged against, and where it came from. */
function Adversary({ report, format }: { report: BalanceReport; format: NumberContext }) {
  const { t } = useTranslation('balance');
  const localized = useLocalized();
  const adversary = report.adversary;
  const v = report.policies.find((p) => p.name === adversary?.policy)?.vsReference;
  if (!adversary || !v) return null;
  return (
    <p data-testid="balance-adversary">
      {t('adversary', {
        n: formatNumber(report.fixedPlans?.length ?? 0, format, 0),
        name: localized(fixedPlanLabel(adversary)),
        wins: formatFraction(v.referenceWins, format, 0),
        margin: formatNumber(v.meanMargin, format, 1),
      })}
      {adversary.origin === 'kept' && adversary.from && (
        <span className="muted"> {t('adversaryFrom', { from: adversary.from })}</span>
      )}
    </p>
  );
}
