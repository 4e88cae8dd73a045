import './app/entry-styles';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadConsoleConfig } from './app/config';
import { initI18n } from './i18n';

const { i18n, ready } = initI18n();
const container = document.getElementById('root') as HTMLElement; // index.html has it
const root = createRoot(container);

// The config and (for English) the strings are fetched side by side.
Promise.all([loadConsoleConfig(), ready]).then(
  ([config]) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  (error: unknown) => {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `${i18n.t('app.configFailed')}: ${error instanceof Error ? error.message : String(error)}`;
    container.replaceChildren(message);
  },
);
