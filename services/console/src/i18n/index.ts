import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ja } from './ja';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'kyodo.language';

/**
 * English is fetched when someone chooses it: most people read the console in Japanese, and
 * on a slow phone every byte of the first script delays the first screen (bench:console).
 */
const englishOnDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (language !== 'en') return callback(null, {});
    import('./en').then(
      ({ en }) => callback(null, en),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/**
 * Japanese first; a person's choice of English is remembered on this device. The promise is
 * settled once the chosen language's strings are there (at once for Japanese).
 */
export function initI18n(): { i18n: typeof i18next; ready: Promise<unknown> } {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  const ready = i18next
    .use(englishOnDemand)
    .use(initReactI18next)
    .init({
      resources: { ja: { translation: ja } },
      partialBundledLanguages: true,
      lng: stored === 'en' ? 'en' : 'ja',
      fallbackLng: 'ja',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  i18next.on('languageChanged', (language) => {
    localStorage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language;
  });
  document.documentElement.lang = i18next.language;
  return { i18n: i18next, ready };
}
