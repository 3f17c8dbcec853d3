// What a chat message may never carry, whatever a user typed: Slack's mention and broadcast
// syntax (its own `<!date^…>` time tags are fine), or a bare @channel/@here/@everyone that a
// client with link_names would turn into one.

const SLACK_PINGS = [/<!(?!date\^)/, /<@/, /<#/, /(^|[^\u200B])@(channel|here|everyone)\b/i];

/** The pieces of a Slack message body (its text and every string in its blocks) that could ping. */
export function slackPings(body: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      for (const pattern of SLACK_PINGS) {
        const match = pattern.exec(value);
        if (match) found.push(value.slice(Math.max(0, match.index - 20), match.index + 30));
      }
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(body);
  return found;
}
