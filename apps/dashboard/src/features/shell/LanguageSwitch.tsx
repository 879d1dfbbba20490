import type { Locale } from '@malmo/domain';
import { useLocale } from '../../i18n';

const NAMES: Record<Locale, string> = { sv: 'Svenska', en: 'English' };

/** Each language named in itself; the pressed one is current (shown by weight and fill). */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useLocale();
  return (
    <fieldset className="ui-toggle" aria-label={t('app.language')}>
      {(Object.keys(NAMES) as Locale[]).map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={locale === language}
          onClick={() => void setLocale(language)}
        >
          {NAMES[language]}
        </button>
      ))}
    </fieldset>
  );
}
