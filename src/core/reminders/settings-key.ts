import { isLocale } from '../i18n/locales.ts';
import { SUBSCRIPTION_KINDS, type SubscriptionKind, type SubscriptionSettings } from './subscription.ts';

// Thousands of channels share a few dozen settings. Their canonical spelling is the key under
// which they share one plan: same zone, states, kinds and lead times, same reminders.

/**
 * `Europe/Zurich|CHN,NGA|digest,reviews|default`: order-free, and readable in the database. A
 * language other than English adds a fifth part (`…|default|zh`): its channels read other words,
 * so they are another group; English keys stay as they were before languages existed.
 */
export function settingsKey(settings: SubscriptionSettings): string {
  const states = [...new Set(settings.states)].sort().join(',');
  const kinds = SUBSCRIPTION_KINDS.filter((k) => settings.kinds.includes(k)).join(',');
  const leads =
    settings.leadMinutes === 'default'
      ? 'default'
      : [...new Set(settings.leadMinutes)].sort((a, b) => b - a).join(',');
  const parts = [settings.zone, states, kinds, leads];
  if (settings.lang && settings.lang !== 'en') parts.push(settings.lang);
  return parts.join('|');
}

/** The settings a key was made from (a group no channel has any more still has its plan). */
export function settingsFromKey(key: string): SubscriptionSettings {
  const [zone = '', states = '', kinds = '', leads = 'default', lang = ''] = key.split('|');
  const list = (text: string) => (text ? text.split(',') : []);
  return {
    zone,
    states: list(states),
    kinds: list(kinds) as SubscriptionKind[],
    leadMinutes: leads === 'default' ? 'default' : list(leads).map(Number),
    ...(isLocale(lang) ? { lang } : {}),
  };
}
