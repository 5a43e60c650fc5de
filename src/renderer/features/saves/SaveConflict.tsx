/**
 * "Save" found its file changed by another window or tab since this game opened or saved it.
 * Nothing was written; the player chooses: keep both (save this game as a copy) or overwrite.
 */
import { useTranslation } from 'react-i18next';

export function SaveConflict({
  onChoose,
}: {
  onChoose: (choice: 'copy' | 'overwrite' | 'cancel') => void;
}) {
  const { t } = useTranslation('saves');
  return (
    <div
      className="error-banner"
      role="alertdialog"
      aria-labelledby="save-conflict-title"
      data-testid="save-conflict"
    >
      <div>
        <strong id="save-conflict-title">{t('conflictTitle')}</strong>
        <p className="error-detail">{t('conflictBody')}</p>
        <div className="button-row">
          <button type="button" className="button-primary" onClick={() => onChoose('copy')}>
            {t('conflictCopy')}
          </button>
          <button type="button" onClick={() => onChoose('overwrite')}>
            {t('conflictOverwrite')}
          </button>
          <button type="button" className="button-quiet" onClick={() => onChoose('cancel')}>
            {t('conflictCancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
