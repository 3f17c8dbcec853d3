import { type Line, type Reply, reply } from '../reply.ts';
import { zoneLabel } from '../time-format.ts';
import { stateName, type UprIndex } from '../upr-index.ts';
import { DEFAULT_LEADS, formatLead, type Subscription } from './subscription.ts';

// A channel's settings, as `subscribe` echoes them and `subscriptions` shows them.

function leads(list: readonly number[]): string {
  return list.map(formatLead).join(', ');
}

export function subscriptionLines(index: UprIndex, sub: Subscription): Line[] {
  const states = sub.states.length ? sub.states.map((c) => stateName(index, c)).join(', ') : 'all';
  const leadText =
    sub.leadMinutes === 'default'
      ? `default (reviews ${leads(DEFAULT_LEADS.review)}; adoptions ${leads(DEFAULT_LEADS.adoption)}; side meetings ${leads(DEFAULT_LEADS['side-event'])})`
      : `${leads(sub.leadMinutes)} before reviews, adoptions and side meetings`;
  return [
    ['States: ', states],
    ['Kinds: ', sub.kinds.join(', ')],
    ['Lead times: ', leadText],
    ['Digest: ', `08:00 ${zoneLabel(sub.zone)} (${sub.zone})`],
  ];
}

export function subscriptionReply(index: UprIndex, sub: Subscription, header: string): Reply {
  return reply(
    [
      { kind: 'header', text: header },
      { kind: 'section', lines: subscriptionLines(index, sub) },
      {
        kind: 'context',
        lines: [
          ['Change with: subscribe [states…] [kinds:reviews,digest] [lead:24h,1h] [zone:Europe/Paris]'],
        ],
      },
    ],
    { ephemeral: true },
  );
}
