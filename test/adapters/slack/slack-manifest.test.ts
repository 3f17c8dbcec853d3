import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLACK_BOT_SCOPES } from '../../../adapters/slack/slack-scopes.ts';

// The manifest an admin pastes into "Create app from manifest" must ask for everything the
// adapter uses: a missing scope or event only shows up in a real workspace.

const manifest = readFileSync(new URL('../../../adapters/slack/manifest.yml', import.meta.url), 'utf8');
const listUnder = (key: string) => {
  const block = new RegExp(`\\n(\\s*)${key}:\\n((?:\\1\\s+- .*\\n)+)`).exec(manifest);
  return (block?.[2] ?? '')
    .split('\n')
    .map((l) => l.replace(/^\s*- /, '').trim())
    .filter(Boolean);
};

describe('Slack manifest', () => {
  it('asks for the scopes the adapter uses, and no more, the same as "Add to Slack" asks for', () => {
    expect(listUnder('bot').sort()).toEqual([...SLACK_BOT_SCOPES].sort());
    expect(listUnder('bot').sort()).toEqual(
      [
        'app_mentions:read',
        'chat:write',
        'chat:write.public',
        'commands',
        'im:history',
        'im:read',
        'im:write',
        'users:read',
      ].sort(),
    );
  });

  it('subscribes to the events the adapter listens to', () => {
    expect(listUnder('bot_events').sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'app_uninstalled',
      'message.im',
      'tokens_revoked',
    ]);
  });

  it('declares /upr, the Home tab and one request URL for everything', () => {
    expect(manifest).toMatch(/- command: \/upr\n/);
    expect(manifest).toMatch(/home_tab_enabled: true/);
    const urls = manifest.match(/url: (\S+)/g) ?? [];
    expect(urls.length).toBe(3);
    for (const url of urls) expect(url).toMatch(/https:\/\/HOST\/slack\/events$/);
    // OAuth mode: Slack sends the installer back here (Bolt's redirect path).
    expect(listUnder('redirect_urls')).toEqual(['https://HOST/slack/oauth_redirect']);
  });
});
