import type { ReactNode } from 'react';
import { LanguageToggle } from './LanguageToggle';
import { useRefusalText } from './refusalText';
import type { WorkshopLink } from './useWorkshopRoom';

/** The form a team or the facilitator joins with, and the room's refusal if it refused. */
export function JoinScreen({
  title,
  submitLabel,
  link,
  onSubmit,
  children,
}: {
  title: string;
  submitLabel: string;
  link: WorkshopLink;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const say = useRefusalText();
  return (
    <main className="workshop workshop-join">
      <LanguageToggle />
      <h1>{title}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <button type="submit" className="primary" disabled={link.joining}>
          {submitLabel}
        </button>
        {link.error && (
          <p className="error-box" role="alert">
            {say(link.error)}
          </p>
        )}
      </form>
    </main>
  );
}
