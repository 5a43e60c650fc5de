import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface GlossaryTermProps {
  /** Glossary entry id (help:glossary.<id>) explaining the concept. */
  termId?: string;
  /** Specific help supplied by the engine (a lever's help text), already localised; shown first. */
  definition?: string;
  children: ReactNode;
}

/** True when the glossary has an entry for this id. */
export function useHasGlossaryEntry(termId: string | undefined): boolean {
  const { i18n } = useTranslation('help');
  return Boolean(termId && i18n.exists(`glossary.${termId}.definition`, { ns: 'help' }));
}

/**
 * A term with a dotted underline whose definition appears on hover or keyboard focus
 * (WCAG 1.4.13: dismissable with Escape, hoverable, persistent while focused).
 */
export function GlossaryTerm({ termId, definition, children }: GlossaryTermProps) {
  const { t } = useTranslation('help');
  const known = useHasGlossaryEntry(termId);
  const concept = known ? t(`glossary.${termId}.definition`) : undefined;
  const text = [definition, concept].filter(Boolean).join(' ');
  const [open, setOpen] = useState(false);
  const tipId = useId();
  if (!text) return <>{children}</>;
  return (
    <span
      className="glossary-term"
      tabIndex={0}
      aria-describedby={tipId}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      {children}
      <span id={tipId} role="tooltip" className={`glossary-tip ${open ? 'open' : ''}`}>
        {definition && <span className="glossary-specific">{definition}</span>}
        {definition && concept && <br />}
        {concept && (
          <span>
            {definition && <strong>{t(`terms:${termId}`)}: </strong>}
            {concept}
          </span>
        )}
      </span>
    </span>
  );
}
