import { useTranslation } from 'react-i18next';
import { LEVELS, ROLES, type LeverInfo, type StaffLine } from '../../../sim/index';
import { useLocalized } from '../../components/useLocalized';
import { GlossaryTerm } from '../help/GlossaryTerm';

export interface StaffLinesTableProps {
  lever: LeverInfo;
  lines: StaffLine[];
  onChange: (lines: StaffLine[]) => void;
  problem?: string;
}

/**
 * A role × level grid of head counts for the hiring plan (or layoffs). Empty cells mean zero;
 * the lines sent to the engine list only non-zero cells, in role then level order.
 */
export function StaffLinesTable({ lever, lines, onChange, problem }: StaffLinesTableProps) {
  const { t } = useTranslation('decisions');
  const pick = useLocalized();
  const countOf = (role: string, level: string) =>
    lines.find((l) => l.role === role && l.level === level)?.count ?? 0;

  function setCount(role: StaffLine['role'], level: StaffLine['level'], count: number) {
    const next: StaffLine[] = [];
    for (const r of ROLES) {
      for (const l of LEVELS) {
        const c = r === role && l === level ? count : countOf(r, l);
        if (c !== 0) next.push({ role: r, level: l, count: c });
      }
    }
    onChange(next);
  }

  const tableId = `staff-${lever.id.replaceAll('.', '-')}`;
  // The engine's bound: a total (requisitions a quarter) or, per cell, the people there are.
  const limit = lever.limit;
  const cellMax = (role: string, level: string) =>
    limit?.perLine?.find((l) => l.role === role && l.level === level)?.count ?? limit?.max;
  return (
    <div className="lever staff-lines">
      <table id={tableId} data-testid={tableId}>
        <caption>
          <GlossaryTerm definition={pick(lever.help)}>{pick(lever.label)}</GlossaryTerm>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('role')}</th>
            {LEVELS.map((level) => (
              <th scope="col" key={level} className="num">
                {t(`level.${level}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROLES.map((role) => (
            <tr key={role}>
              <th scope="row">{t(`roleName.${role}`)}</th>
              {LEVELS.map((level) => (
                <td key={level} className="num">
                  <input
                    type="number"
                    min={0}
                    max={cellMax(role, level)}
                    step={1}
                    className="count-input"
                    aria-label={t('staffCell', {
                      lever: pick(lever.label),
                      role: t(`roleName.${role}`),
                      level: t(`level.${level}`),
                    })}
                    value={countOf(role, level)}
                    onChange={(e) => {
                      const n = Number(e.target.value);
                      if (Number.isFinite(n)) setCount(role, level, n);
                    }}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {limit && (
        <p className="muted small lever-limit" data-testid={`${tableId}-limit`}>
          {pick(limit.text)}
        </p>
      )}
      {problem && (
        <p className="bad" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
