import { z } from 'zod';
import { message } from '../i18n/catalogue.ts';
import { LOCALES, type Locale, localeFromTag } from '../i18n/locales.ts';
import { catalogueIssue } from '../i18n/localized-issue.ts';
import { stateNameIn } from '../i18n/localized-names.ts';
import {
  DEFAULT_SETTINGS,
  kindFromWord,
  parseLead,
  SUBSCRIPTION_KINDS,
  type SubscriptionKind,
} from '../reminders/subscription.ts';
import { subscriptionReply } from '../reminders/subscription-reply.ts';
import { textReply } from '../reply.ts';
import { quoteUserText } from '../safe-text.ts';
import type { StateResolver } from '../state-names.ts';
import { isValidZone } from '../time-format.ts';
import { defineCommand } from './command-definition.ts';

// subscribe [states…] [kinds:reviews,digest] [lead:24h,1h] [zone:Europe/Paris] [lang:zh]
// Options are `name:value`; everything else names states (commas or spaces, "all" for every one).

const OPTION = /^(kinds?|leads?|zone|lang):(.*)$/i;
const UNKNOWN = '?';

/** State names → codes; a name that is not a state is kept, marked, for the schema to refuse. */
function stateCodes(words: string[], states: StateResolver): string[] {
  const codes: string[] = [];
  const chunks = words
    .join(' ')
    .split(',')
    .map((c) => c.trim().split(/\s+/).filter(Boolean))
    .filter((c) => c.length);
  for (const chunk of chunks) {
    let rest = chunk;
    while (rest.length) {
      if (rest[0]!.toLowerCase() === 'all') {
        rest = rest.slice(1);
        continue;
      }
      let taken = 0;
      for (let n = Math.min(rest.length, 6); n >= 1; n--) {
        const state = states.resolve(rest.slice(0, n).join(' '));
        if (state) {
          codes.push(state.code);
          taken = n;
          break;
        }
      }
      if (!taken) {
        codes.push(`${UNKNOWN}${rest[0]}`);
        taken = 1;
      }
      rest = rest.slice(taken);
    }
  }
  return [...new Set(codes)];
}

const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function splitSubscribe(text: string, { states }: { states: StateResolver }) {
  const raw: Record<string, string | undefined> = {};
  const names: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const option = OPTION.exec(word);
    if (!option) {
      // Bare values work too ("China reviews,digest 24h,1h Europe/Paris"): Discord's slash
      // command options arrive that way, one value per option, in order.
      const parts = list(word);
      if (parts.length && parts.every((p) => kindFromWord(p))) raw.kinds = word;
      else if (parts.length && parts.every((p) => parseLead(p) !== undefined)) raw.lead = word;
      else if (word.includes('/') || word.toUpperCase() === 'UTC') raw.zone = word;
      else names.push(word);
      continue;
    }
    const name = option[1]!.toLowerCase().replace(/s$/, '');
    raw[name === 'kind' ? 'kinds' : name] = option[2];
  }
  if (names.length) raw.states = stateCodes(names, states).join(',');
  return raw;
}

/** Discord's named options: values arrive whole, so only the state names need turning into codes. */
export function namedSubscribe(args: Record<string, string>, { states }: { states: StateResolver }) {
  const raw: Record<string, string | undefined> = { ...args };
  if (args.states !== undefined) raw.states = stateCodes(args.states.split(/\s+/), states).join(',');
  return raw;
}

export const subscribeArguments = z.object({
  states: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const entries = v ? list(v) : [];
      const unknown = entries.filter((e) => e.startsWith(UNKNOWN)).map((e) => quoteUserText(e.slice(1), 30));
      if (unknown.length) {
        catalogueIssue(ctx, 'error.unknownStates', { states: unknown.join('", "') });
        return z.NEVER;
      }
      return entries;
    })
    .describe('States under review, by name or code (default: every state)'),
  kinds: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return [...DEFAULT_SETTINGS.kinds];
      const kinds = list(v).map((w) => [w, kindFromWord(w)] as const);
      const bad = kinds.filter(([, k]) => !k).map(([w]) => quoteUserText(w, 20));
      if (bad.length || !kinds.length) {
        catalogueIssue(ctx, 'error.kinds', {
          kinds: SUBSCRIPTION_KINDS.join(', '),
          got: bad.length ? 'some' : 'none',
          bad: bad.join('", "'),
        });
        return z.NEVER;
      }
      return [...new Set(kinds.map(([, k]) => k as SubscriptionKind))];
    })
    .describe('Kinds, e.g. reviews,digest (default: every kind)'),
  lead: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.toLowerCase() === 'default') return 'default' as const;
      const leads = list(v).map((w) => [w, parseLead(w)] as const);
      const bad = leads
        .filter(([, m]) => m === undefined || m > 14 * 1440)
        .map(([w]) => `"${quoteUserText(w, 20)}"`);
      if (bad.length || !leads.length || leads.length > 6) {
        catalogueIssue(ctx, 'error.leads', { got: bad.join(', ') || quoteUserText(v, 40) });
        return z.NEVER;
      }
      return [...new Set(leads.map(([, m]) => m!))].sort((a, b) => b - a);
    })
    .describe('Lead times, e.g. 24h,1h (default: the standard plan)'),
  zone: z
    .string()
    .optional()
    .refine((v) => v === undefined || isValidZone(v), {
      message: message('en', 'error.zone'),
      params: { messageId: 'error.zone' },
    })
    .transform((v) => v ?? DEFAULT_SETTINGS.zone)
    .describe('Zone of the morning digest, e.g. Europe/Paris (default Europe/Zurich)'),
  lang: z
    .string()
    .optional()
    .transform((v, ctx): Locale | undefined => {
      if (v === undefined) return undefined;
      // "zh", "zh-CN", "fr_FR", "es-419": the language; anything else is refused, nothing saved.
      const lang = localeFromTag(v);
      if (!lang) {
        const values = { lang: quoteUserText(v, 20) };
        // `params` lets the reply say it in the reader's language (see localizedIssue).
        ctx.addIssue({
          code: 'custom',
          message: message('en', 'error.unknownLanguage', values),
          params: { messageId: 'error.unknownLanguage', values },
        });
        return z.NEVER;
      }
      return lang;
    })
    .meta({
      description: "Language of this channel's reminders and replies: en, zh, fr or es",
      choices: [...LOCALES],
    }),
});

export const subscribeCommand = defineCommand({
  name: 'subscribe',
  summary: 'Subscribe this channel to reminders: which states, kinds, lead times, digest zone and language',
  args: subscribeArguments,
  examples: [
    'subscribe',
    'subscribe <state> <state> kinds:reviews,digest lead:24h,1h',
    'subscribe zone:Europe/Paris',
    'subscribe lang:zh',
  ],
  access: 'admin',
  ephemeral: true,
  split: splitSubscribe,
  named: namedSubscribe,
  async run(args, ctx) {
    const port = ctx.ports.subscriptions;
    if (!port) return textReply(message(ctx.locale, 'error.noStorage'), { ephemeral: true });
    const notReviewed = args.states.filter((c) => !ctx.index.reviewsByState.has(c));
    if (notReviewed.length) {
      const states = notReviewed.map((c) => stateNameIn(ctx.index, c, ctx.locale)).join(', ');
      return textReply(
        message(ctx.locale, 'subscription.notReviewed', { states, count: notReviewed.length }),
        {
          ephemeral: true,
        },
      );
    }
    const { inbound } = ctx;
    const sub = await port.save({
      platform: inbound.platform,
      channelRef: inbound.channel.ref,
      workspace: inbound.channel.workspace,
      organisation: inbound.channel.organisation,
      settings: {
        states: args.states,
        kinds: args.kinds,
        leadMinutes: args.lead,
        zone: args.zone,
        ...(args.lang ? { lang: args.lang } : {}),
      },
      createdBy: inbound.user.name ?? inbound.user.id,
      at: ctx.now,
    });
    // The language just chosen is the one the echo is in.
    return subscriptionReply(ctx.index, sub, 'subscription.subscribed', args.lang ?? ctx.locale);
  },
});
