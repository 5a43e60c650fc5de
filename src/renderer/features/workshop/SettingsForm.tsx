import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KPI_AREAS } from '../../../sim/index';
import type { FacilitatorView, SessionSettings } from '../../../shared/workshop';

/** The session's settings, editable until quarter 1 opens. */
export function SettingsForm({
  view,
  onSave,
}: {
  view: FacilitatorView;
  onSave: (settings: SessionSettings) => void;
}) {
  const { t } = useTranslation('workshop');
  const [s, setS] = useState<SessionSettings>(view.settings);
  const number = (value: string) => (value === '' ? NaN : Number(value));
  return (
    <form
      className="panel workshop-settings"
      aria-label={t('facilitator.settings')}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(s);
      }}
    >
      <h2>{t('facilitator.settings')}</h2>
      <label>
        {t('facilitator.seed')}
        <input
          type="number"
          value={s.seed}
          min={0}
          onChange={(e) => setS({ ...s, seed: number(e.target.value) })}
        />
      </label>
      <label>
        {t('facilitator.quarters', { max: view.horizonQuarters })}
        <input
          type="number"
          value={s.quarters}
          min={1}
          max={view.horizonQuarters}
          onChange={(e) => setS({ ...s, quarters: number(e.target.value) })}
        />
      </label>
      <label>
        {t('facilitator.timerMinutes')}
        <input
          type="number"
          value={s.timerSeconds / 60}
          min={0}
          max={120}
          step={0.5}
          onChange={(e) => setS({ ...s, timerSeconds: Math.round(number(e.target.value) * 60) })}
        />
      </label>
      <label>
        {t('facilitator.language')}
        <select
          value={s.language}
          onChange={(e) => setS({ ...s, language: e.target.value as 'en' | 'ja' })}
        >
          <option value="ja">日本語</option>
          <option value="en">English</option>
        </select>
      </label>
      <fieldset>
        <legend>{t('facilitator.weights')}</legend>
        {KPI_AREAS.map((area) => (
          <label key={area}>
            {t(`area.${area}`)}
            <input
              type="number"
              min={0}
              max={100}
              value={s.weights[area]}
              onChange={(e) =>
                setS({ ...s, weights: { ...s.weights, [area]: number(e.target.value) } })
              }
            />
          </label>
        ))}
      </fieldset>
      <button type="submit">{t('facilitator.saveSettings')}</button>
    </form>
  );
}
