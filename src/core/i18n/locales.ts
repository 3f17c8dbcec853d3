// The languages the bot speaks, and how the tags platforms and terminals send map onto them.

export const LOCALES = ['en', 'zh', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag Intl formats each language with: Chinese is simplified (mainland). */
export const INTL_TAG: Record<Locale, string> = { en: 'en-GB', zh: 'zh-CN', fr: 'fr-FR', es: 'es-ES' };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * Discord's `zh-CN`, `fr`, `es-ES`, `es-419`; Slack's `zh-CN`, `fr-FR`; a terminal's
 * `zh_CN.UTF-8` or `fr_FR`: the language we speak for each, or undefined. Traditional Chinese
 * (zh-TW, zh-HK, zh-Hant) is not simplified Chinese: it gets no Chinese rather than the wrong script.
 */
export function localeFromTag(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  const clean = tag.trim().split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
  const [language, ...rest] = clean.split('-');
  if (language === 'zh') {
    if (rest.some((part) => ['tw', 'hk', 'mo', 'hant'].includes(part))) return undefined;
    return 'zh';
  }
  if (language === 'c' || language === 'posix') return 'en';
  return language && isLocale(language) ? language : undefined;
}
