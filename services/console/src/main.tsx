import './app/entry-styles';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApiClient } from './app/api-client';
import { AREAS } from './app/areas';
import { loadConsoleConfig } from './app/config';
import { initI18n } from './i18n';

const { i18n, ready } = initI18n();
const container = document.getElementById('root') as HTMLElement; // index.html has it
const root = createRoot(container);

// The config and (for English) the strings are fetched side by side.
Promise.all([loadConsoleConfig(), ready]).then(
  ([config]) => {
    const api = createApiClient(config);
    // With a stored login, the first screen's query leaves now, while React renders the frame
    // (not while acting for a member: its screens are not the ones prefetched).
    if (api.hasStoredToken && !api.actingFor()) for (const area of AREAS) area.prefetch?.(api.client, window.location.pathname);
    root.render(
      <StrictMode>
        <App config={config} api={api} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `${i18n.t('app.configFailed')}: ${error instanceof Error ? error.message : String(error)}`;
    container.replaceChildren(message);
  },
);
