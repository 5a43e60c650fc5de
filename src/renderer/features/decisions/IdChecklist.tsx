import type { LeverInfo, LocalizedText } from '../../../sim/index';
import { useLocalized } from '../../components/useLocalized';
import { GlossaryTerm } from '../help/GlossaryTerm';

export interface ChecklistItem {
  id: string;
  name: LocalizedText;
  /** Extra facts from the scenario catalogue, already formatted. */
  detail?: string;
}

export interface IdChecklistProps {
  lever: LeverInfo;
  items: ChecklistItem[];
  selected: string[];
  onChange: (ids: string[]) => void;
  glossaryId?: string;
  problem?: string;
}

/** A set of catalogue items to run this quarter (architecture initiatives, risk mitigations). */
export function IdChecklist({
  lever,
  items,
  selected,
  onChange,
  glossaryId,
  problem,
}: IdChecklistProps) {
  const pick = useLocalized();
  return (
    <fieldset className="lever id-checklist">
      <legend>
        <GlossaryTerm termId={glossaryId} definition={pick(lever.help)}>
          {pick(lever.label)}
        </GlossaryTerm>
      </legend>
      {items.map((item) => (
        <label key={item.id} className="lever-control">
          <input
            type="checkbox"
            checked={selected.includes(item.id)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...selected, item.id] : selected.filter((id) => id !== item.id),
              )
            }
          />
          <span>
            {pick(item.name)}
            {item.detail && <span className="muted"> — {item.detail}</span>}
          </span>
        </label>
      ))}
      {problem && (
        <p className="bad" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
