import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { detectHost, HostProvider } from './host';
import { createI18n, initialLanguage } from './i18n';
import './styles/global.css';

async function bootstrap(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element.');
  const host = detectHost();
  const [info, settings] = await Promise.all([host.appInfo(), host.getSettings()]);
  const i18n = await createI18n(initialLanguage(settings.language, info.locale));
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <HostProvider host={host}>
          <App />
        </HostProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void bootstrap();
