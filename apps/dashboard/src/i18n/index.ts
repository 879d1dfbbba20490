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
import { en, sv } from './resources';
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

export function initI18n() {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
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
  return i18next;
}

/** `t` plus the current locale, typed for `label(locale, …)`. */
export function useLocale() {
  const { t, i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'sv';
  return { t, locale, setLocale: (next: Locale) => i18n.changeLanguage(next) };
}
