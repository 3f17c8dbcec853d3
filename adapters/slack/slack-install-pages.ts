import type { ServerResponse } from 'node:http';
import type { Installation } from '@slack/bolt';

// The pages a person sees around "Add to Slack": the button, what to do once installed, and a
// plain explanation when an install link was stale, forged or cancelled.

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1d1c1d; }
  a.button { display: inline-block; padding: .7rem 1.2rem; background: #4a154b; color: #fff; border-radius: .4rem; text-decoration: none; font-weight: 600; }
  code { background: #f4f4f4; padding: .1rem .3rem; border-radius: .2rem; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
}

/** GET /slack/install: what the bot does, and the button that starts Slack's authorisation. */
export function installPage(authorizeUrl: string): string {
  return page(
    'Add upr-bot to Slack',
    `<p>upr-bot follows the UN Human Rights Council's Universal Periodic Review: the timetable of a
session, each state's review and delegation, side meetings, reminders in your channels, and short
answers with their sources.</p>
<p><a class="button" href="${escapeHtml(authorizeUrl)}">Add to Slack</a></p>
<p>Slack asks you to pick a workspace and to allow what the bot needs: its slash command
<code>/upr</code>, posting in channels it is invited to, reading mentions and direct messages to it,
and reading people's profiles (admin rights and time zones).</p>`,
  );
}

/** After a successful install: where it went and the first three things to do. */
export function installedPage(installation: Installation): string {
  const org = installation.isEnterpriseInstall;
  const where = org ? installation.enterprise?.name : installation.team?.name;
  const open =
    !org && installation.team?.id
      ? `<p><a class="button" href="https://app.slack.com/client/${encodeURIComponent(installation.team.id)}">Open Slack</a></p>`
      : '';
  const orgStep =
    org && installation.enterpriseUrl && installation.appId
      ? `<li>As an organisation admin, <a href="${escapeHtml(
          `${installation.enterpriseUrl}manage/organization/apps/profile/${installation.appId}/workspaces/add`,
        )}">add upr-bot to the workspaces</a> that should have it.</li>`
      : '';
  return page(
    'upr-bot is installed',
    `<p>upr-bot is now installed in <strong>${escapeHtml(where ?? 'your workspace')}</strong>.
What to do next:</p>
<ol>
${orgStep}
<li>In any channel, type <code>/upr help</code> to see what the bot can do.</li>
<li>Invite the bot to a channel where it should post reminders: <code>/invite @upr-bot</code>;
then a workspace admin types <code>/upr subscribe</code> there.</li>
<li>Ask it in plain words: mention <code>@upr-bot who leads China's delegation?</code>, or write to it
in its Messages tab.</li>
</ol>
${open}`,
  );
}

/** A failed install: a stale or forged link (bad state), a cancellation, or Slack refusing. */
export function installFailedPage(code: string | undefined, res: ServerResponse): void {
  const again = `<p><a class="button" href="${INSTALL_PATH}">Start again</a></p>`;
  const [status, title, text] =
    code === 'slack_oauth_invalid_state' || code === 'slack_oauth_missing_state'
      ? [
          400,
          'This install link is not valid',
          'It has expired (links last ten minutes), was opened in another browser than the one that started it, or did not come from this site. Nothing was installed.',
        ]
      : code === 'slack_oauth_missing_code'
        ? [
            400,
            'Slack sent no authorisation',
            'The link back from Slack is incomplete. Nothing was installed.',
          ]
        : code === 'slack_oauth_installer_authorization_error'
          ? [400, 'Installation cancelled', 'The installation was cancelled in Slack. Nothing was installed.']
          : [
              500,
              'Slack could not complete the installation',
              'Slack refused to hand over the bot token, or the bot could not store it. Nothing was installed; please try again in a moment.',
            ];
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(page(title, `<p>${escapeHtml(text)}</p>\n${again}`));
}
