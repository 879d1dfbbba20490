import type { Locale } from '@malmo/domain';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { svDashboards } from './dashboards';
import type { svEditing } from './editing';
import type { svEngagement } from './engagement';
import type { svEvaluation } from './evaluation';
import type { svFollowUp } from './follow-up';
import type { svMembershipValue } from './membership-value';
import type { svPartnerFinder } from './partner-finder';
import type { svProfiling } from './profiling';
import { sv } from './resources';
import type { svSteeringBoard } from './steering';

const STORAGE_KEY = 'malmo.language';
export const LANGUAGES = ['sv', 'en'] as const satisfies readonly Locale[];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Every key, including those that load with their pages (see `addStrings`).
    resources: {
      translation: typeof sv &
        typeof svFollowUp &
        typeof svEditing &
        typeof svDashboards &
        typeof svSteeringBoard &
        typeof svEngagement &
        typeof svMembershipValue &
        typeof svProfiling &
        typeof svEvaluation &
        typeof svPartnerFinder;
    };
  }
}

function isLocale(value: unknown): value is Locale {
  return value === 'sv' || value === 'en';
}

function storedLanguage(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : 'sv';
  } catch {
    // Storage can be blocked; Swedish is the default.
    return 'sv';
  }
}

type Bundles = Record<Locale, object>;
const pending: Bundles[] = [];

/**
 * Adds strings that only some pages use to the `translation` namespace; their module calls it
 * when the page's chunk loads. Before `initI18n` (in tests) they wait and are added by it.
 */
export function addStrings(bundles: Bundles) {
  if (!i18next.isInitialized) {
    pending.push(bundles);
    return;
  }
  for (const [language, bundle] of Object.entries(bundles)) {
    i18next.addResourceBundle(language, 'translation', bundle, true, false);
  }
}

let english: Promise<void> | undefined;

/**
 * Makes sure a language's shell strings are there: Swedish comes with the first chunk, English
 * is a chunk of its own, fetched once, the first time it is chosen.
 */
export function loadLanguage(language: Locale): Promise<void> {
  if (language === 'sv') return Promise.resolve();
  english ??= import('./en').then(
    ({ en }) => {
      i18next.addResourceBundle('en', 'translation', en, true, false);
    },
    (error: unknown) => {
      english = undefined; // Fetched again on the next choice.
      throw error;
    },
  );
  return english;
}

/** Starts i18next in the stored language; resolves once that language's strings are there. */
export async function initI18n() {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    resources: { sv: { translation: sv } },
    lng,
    fallbackLng: 'sv',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  for (const bundles of pending.splice(0)) addStrings(bundles);
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Not persisted; the choice still holds for this visit.
    }
  });
  // Not loaded (offline): the shell reads Swedish, i18next's fallback, rather than nothing.
  await loadLanguage(lng).catch(() => undefined);
  return i18next;
}

/** `t` plus the current locale, typed for `label(locale, …)`. */
export function useLocale() {
  const { t, i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'sv';
  return {
    t,
    locale,
    setLocale: async (next: Locale) => {
      await loadLanguage(next);
      await i18n.changeLanguage(next);
    },
  };
}
