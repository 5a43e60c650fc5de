import type { LeverInfo } from '../../../sim/index';
import { formatValue, type FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { GlossaryTerm } from '../help/GlossaryTerm';

export interface LeverControlProps {
  lever: LeverInfo;
  value: unknown;
  onChange: (value: unknown) => void;
  format: FormatContext;
  /** Glossary entry that explains the lever's concept, when there is one. */
  glossaryId?: string;
  /** The engine's reason when this lever's value is refused. */
  problem?: string;
}

/** One number, on/off or choice lever, labelled with the engine's label and help text. */
export function LeverControl({
  lever,
  value,
  onChange,
  format,
  glossaryId,
  problem,
}: LeverControlProps) {
  const pick = useLocalized();
  const id = `lever-${lever.id.replaceAll('.', '-')}`;
  const label = (
    <GlossaryTerm termId={glossaryId} definition={pick(lever.help)}>
      {pick(lever.label)}
    </GlossaryTerm>
  );
  const problemId = problem ? `${id}-problem` : undefined;
  // The scenario's or the organisation's bound, which is also the control's max.
  const limitId = lever.limit ? `${id}-limit` : undefined;
  const describedBy = [limitId, problemId].filter(Boolean).join(' ') || undefined;
  const limitText = lever.limit && (
    <span id={limitId} className="muted small lever-limit" data-testid={`${id}-limit`}>
      {pick(lever.limit.text)}
    </span>
  );
  const problemText = problem && (
    <span id={problemId} className="bad lever-problem" role="alert">
      {problem}
    </span>
  );

  if (lever.kind === 'boolean') {
    return (
      <div className="lever lever-boolean">
        <label className="lever-control">
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.checked)}
          />
          {label}
        </label>
        {problemText}
      </div>
    );
  }

  if (lever.kind === 'choice' || lever.choices) {
    const choices = lever.choices ?? [];
    return (
      <div className="lever">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          value={String(value)}
          aria-describedby={describedBy}
          onChange={(e) => {
            const chosen = choices.find((c) => String(c.value) === e.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {choices.map((c) => (
            <option key={String(c.value)} value={String(c.value)}>
              {pick(c.label)}
            </option>
          ))}
        </select>
        {limitText}
        {problemText}
      </div>
    );
  }

  const numeric = typeof value === 'number' ? value : 0;
  const bounded = lever.min !== undefined && lever.max !== undefined;
  return (
    <div className="lever">
      <label htmlFor={id}>{label}</label>
      <div className="lever-control">
        <input
          id={id}
          type={bounded ? 'range' : 'number'}
          min={lever.min}
          max={lever.max}
          step={lever.step ?? 1}
          value={numeric}
          aria-describedby={describedBy}
          aria-valuetext={formatValue(numeric, lever.unit ?? '', format)}
          onChange={(e) => {
            const next = Number(e.target.value);
            if (Number.isFinite(next)) onChange(next);
          }}
        />
        {bounded && <output htmlFor={id}>{formatValue(numeric, lever.unit ?? '', format)}</output>}
      </div>
      {limitText}
      {problemText}
    </div>
  );
}
