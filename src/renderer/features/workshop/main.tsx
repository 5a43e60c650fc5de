/**
 * The workshop pages, served by the workshop server (src/server): the team page, and the
 * facilitator console (#facilitator) and projector (#projector). They talk only to the room.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n, initialLanguage } from '../../i18n';
import '../../styles/global.css';
import '../game/game.css';
import './workshop.css';
import { WorkshopApp } from './WorkshopApp';

async function bootstrap(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('workshop.html has no #root element.');
  const i18n = await createI18n(initialLanguage(null, navigator.language));
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <WorkshopApp />
      </I18nextProvider>
    </StrictMode>,
  );
}

void bootstrap();
