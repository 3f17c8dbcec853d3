import { type MessageId, message } from '../i18n/catalogue.ts';
import { INTL_TAG, type Locale } from '../i18n/locales.ts';
import { stateNameIn } from '../i18n/localized-names.ts';
import { type Line, type Reply, reply } from '../reply.ts';
import { zoneLabel } from '../time-format.ts';
import type { UprIndex } from '../upr-index.ts';
import { DEFAULT_LEADS, formatLead, type Subscription } from './subscription.ts';

// A channel's settings, as `subscribe` echoes them and `subscriptions` shows them, in the
// reader's language. Kinds are named in it with the word to type beside (résumé quotidien
// (digest)); lead times stay as typed (24h): they read the same in every language.

function leads(list: readonly number[]): string {
  return list.map(formatLead).join(', ');
}

/** "Paris time" in English; the zone's generic name through Intl elsewhere (heure d’Europe centrale). */
function zoneName(zone: string, locale: Locale): string {
  if (locale === 'en') return zoneLabel(zone);
  const parts = new Intl.DateTimeFormat(INTL_TAG[locale], { timeZone: zone, timeZoneName: 'longGeneric' });
  return parts.formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

export function subscriptionLines(index: UprIndex, sub: Subscription, locale: Locale = 'en'): Line[] {
  const say = (id: MessageId, values: Record<string, string | number> = {}) => message(locale, id, values);
  const states = sub.states.length
    ? sub.states.map((c) => stateNameIn(index, c, locale)).join(', ')
    : say('subscription.allStates');
  const leadText =
    sub.leadMinutes === 'default'
      ? say('subscription.defaultLeads', {
          review: leads(DEFAULT_LEADS.review),
          adoption: leads(DEFAULT_LEADS.adoption),
          side: leads(DEFAULT_LEADS['side-event']),
        })
      : say('subscription.customLeads', { leads: leads(sub.leadMinutes) });
  const lines: Line[] = [
    [say('label.states'), states],
    // ICU select keys are words: side-meetings is asked for as sideMeetings.
    [
      say('label.kinds'),
      sub.kinds.map((k) => say('subscription.kind', { kind: k.replace('-m', 'M') })).join(', '),
    ],
    [say('label.leadTimes'), leadText],
    [
      say('label.digest'),
      say('subscription.digestAt', { label: zoneName(sub.zone, locale), zone: sub.zone }),
    ],
  ];
  if (sub.lang) lines.push([say('label.language'), say(`choice.lang.${sub.lang}`)]);
  return lines;
}

export function subscriptionReply(
  index: UprIndex,
  sub: Subscription,
  header: MessageId,
  locale: Locale = 'en',
): Reply {
  const usage = 'subscribe [states…] [kinds:reviews,digest] [lead:24h,1h] [zone:Europe/Paris] [lang:zh]';
  return reply(
    [
      { kind: 'header', text: message(locale, header) },
      { kind: 'section', lines: subscriptionLines(index, sub, locale) },
      { kind: 'context', lines: [[message(locale, 'subscription.changeWith', { usage })]] },
    ],
    { ephemeral: true, locale },
  );
}
