import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { useUiLanguage } from '../../components/useLocalized';

export interface GlossaryDialogProps {
  onClose: () => void;
}

/** The whole glossary, searchable, in the current language. */
export function GlossaryDialog({ onClose }: GlossaryDialogProps) {
  const { t, i18n } = useTranslation('help');
  const [query, setQuery] = useState('');
  const language = useUiLanguage();
  const entries = useMemo(() => {
    const glossary = (
      i18n.getResourceBundle(language, 'help') as {
        glossary?: Record<string, { definition: string }>;
      }
    ).glossary;
    // Headings come from the terminology table (namespace `terms`), one term per concept.
    const terms = i18n.getResourceBundle(language, 'terms') as Record<string, string>;
    return Object.entries(glossary ?? {})
      .map(([id, e]) => ({ id, term: terms[id] ?? id, ...e }))
      .sort((a, b) => a.term.localeCompare(b.term, language));
  }, [i18n, language]);
  const q = query.trim().toLowerCase();
  const shown = q
    ? entries.filter(
        (e) => e.term.toLowerCase().includes(q) || e.definition.toLowerCase().includes(q),
      )
    : entries;
  return (
    <Dialog
      title={t('glossaryTitle')}
      onClose={onClose}
      closeLabel={t('closeGlossary')}
      className="dialog-wide"
    >
      <input
        type="search"
        aria-label={t('searchGlossary')}
        placeholder={t('searchGlossary')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <dl className="glossary-list">
        {shown.map((e) => (
          <div key={e.id}>
            <dt>{e.term}</dt>
            <dd>{e.definition}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
