// Slack parses `<...>` as mentions, links and dates, and `&` as entities: every piece of text that
// is not our own markup goes through here, so that no user text can ping a channel or a person.

const BROADCASTS = /@(channel|here|everyone)\b/gi;

const SPECIAL = /[&<>@]/;

export function escapeSlack(text: string): string {
  if (!SPECIAL.test(text)) return text; // most text has nothing to escape
  return (
    text
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      // A bare "@here" is harmless today (we never set link_names), but stays harmless if someone does.
      .replace(BROADCASTS, '@\u200B$1')
  );
}

/** A URL inside `<url|label>`: the characters that would end or split the link are encoded. */
export function escapeSlackUrl(url: string): string {
  return url
    .replaceAll('&', '&amp;')
    .replaceAll('<', '%3C')
    .replaceAll('>', '%3E')
    .replaceAll('|', '%7C')
    .replace(/\s/g, (c) => encodeURIComponent(c));
}

/** Cuts text to `max` characters (code points), marking the cut. */
export function truncate(text: string, max: number): string {
  // A string has at least as many UTF-16 units as code points: short ones need no splitting,
  // which is nearly every line of every message.
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
