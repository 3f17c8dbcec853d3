import { DEFAULT_LOCALE, type Locale, localeFromTag } from '../i18n/locales.ts';

// The language of the events the bot puts in a server's Events tab: everyone there reads them,
// so the server's own preferred language decides, where it is one the bot speaks. Discord gives
// every server "en-US" until a community server chooses otherwise, so that value says nothing
// of the server: then the language of the admin who syncs decides.

/** Discord's preferred locale of a server that has not chosen one. */
const UNCHOSEN_SERVER_LOCALE = 'en-US';

/** From Discord's tags: the server's preferred locale and the syncing admin's interaction locale. */
export function calendarLocale(tags: { server?: string | null; admin?: string | null }): Locale {
  const server = tags.server ?? undefined;
  const chosen = server === UNCHOSEN_SERVER_LOCALE ? undefined : server;
  return (
    localeFromTag(chosen) ?? localeFromTag(tags.admin ?? undefined) ?? localeFromTag(server) ?? DEFAULT_LOCALE
  );
}
