import { DEFAULT_LOCALE, type Locale, localeFromTag } from './locales.ts';
import { questionLanguage } from './question-language.ts';

// Which language to answer in, strongest signal first: the question's own language (a reader
// who writes Chinese reads Chinese), then the reader's platform language (Discord's interaction
// locale, Slack's user locale), then the channel's subscription, then the terminal's LANG.

export interface LocaleSignals {
  /** What the reader wrote. */
  text?: string;
  /** Discord's interaction locale or Slack's user locale: zh-CN, fr, es-419 … */
  user?: string;
  /** The language the channel's subscription was set to (`subscribe … lang:zh`). */
  channel?: Locale;
  /** The terminal's LANG (zh_CN.UTF-8 …). */
  terminal?: string;
}

export function resolveLocale(signals: LocaleSignals): Locale {
  return (
    (signals.text ? questionLanguage(signals.text) : undefined) ??
    localeFromTag(signals.user) ??
    signals.channel ??
    localeFromTag(signals.terminal) ??
    DEFAULT_LOCALE
  );
}

/** Whether the stronger signals already decide, so the channel's setting need not be looked up. */
export function decidedWithoutChannel(signals: Omit<LocaleSignals, 'channel'>): Locale | undefined {
  return (signals.text ? questionLanguage(signals.text) : undefined) ?? localeFromTag(signals.user);
}
