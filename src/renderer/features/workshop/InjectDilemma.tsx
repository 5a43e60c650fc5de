import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacilitatorView } from '../../../shared/workshop';
import { useLocalized } from '../../components/useLocalized';

/** Puts one of the scenario's dilemmas in front of every team with the next quarter's choices. */
export function InjectDilemma({
  dilemmas,
  onInject,
}: {
  dilemmas: FacilitatorView['dilemmas'];
  onInject: (cardId: string) => void;
}) {
  const { t } = useTranslation('workshop');
  const pick = useLocalized();
  const [cardId, setCardId] = useState(dilemmas[0]?.id ?? '');
  return (
    <form
      className="workshop-inject"
      onSubmit={(e) => {
        e.preventDefault();
        if (cardId) onInject(cardId);
      }}
    >
      <label>
        {t('facilitator.injectLabel')}
        <select value={cardId} onChange={(e) => setCardId(e.target.value)}>
          {dilemmas.map((d) => (
            <option key={d.id} value={d.id}>
              {pick(d.title)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('facilitator.inject')}</button>
    </form>
  );
}
