import { useTranslation } from 'react-i18next';
import { ALLOCATION_TOTAL } from '../../../sim/index';
import { GlossaryTerm } from '../help/GlossaryTerm';
import { allocationTotal, rebalanceAllocation, type Allocation } from './allocation';

export interface AllocationShare<K extends string> {
  key: K;
  label: string;
  /** Glossary id or engine help text for the share. */
  glossaryId?: string;
  help?: string;
}

export interface AllocationSlidersProps<K extends string> {
  shares: AllocationShare<K>[];
  /** Current shares in whole percentage points; they total 100. */
  value: Allocation<K>;
  onChange: (next: Allocation<K>) => void;
  step?: number;
}

/** Capacity split across work types; moving one slider rebalances the others to keep 100 %. */
export function AllocationSliders<K extends string>({
  shares,
  value,
  onChange,
  step = 1,
}: AllocationSlidersProps<K>) {
  const { t, i18n } = useTranslation('decisions');
  const percent = new Intl.NumberFormat(i18n.language, {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const total = allocationTotal(value);
  return (
    <fieldset className="allocation" data-testid="allocation">
      <legend>
        <GlossaryTerm termId="capacityAllocation">{t('allocation.title')}</GlossaryTerm>
      </legend>
      {shares.map((share) => {
        const id = `allocation-${share.key}`;
        const points = value[share.key];
        return (
          <div className="allocation-row" key={share.key}>
            <label htmlFor={id}>
              <GlossaryTerm termId={share.glossaryId} definition={share.help}>
                {share.label}
              </GlossaryTerm>
            </label>
            <input
              id={id}
              type="range"
              min={0}
              max={100}
              step={step}
              value={points}
              aria-valuetext={percent.format(points / 100)}
              onChange={(e) =>
                onChange(
                  rebalanceAllocation(
                    value,
                    share.key,
                    Number(e.target.value),
                    ALLOCATION_TOTAL,
                    step,
                  ),
                )
              }
            />
            <output htmlFor={id} className="allocation-value">
              {percent.format(points / 100)}
            </output>
          </div>
        );
      })}
      <p className="allocation-total" data-testid="allocation-total">
        {t('allocation.total', { total: percent.format(total / 100) })}
      </p>
    </fieldset>
  );
}
