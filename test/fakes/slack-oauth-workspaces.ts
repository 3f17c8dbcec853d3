// The OAuth side of the Slack stand-in: workspaces that install the app, the codes Slack's
// authorize page would hand back, the bot tokens oauth.v2.access issues (rotating ones with
// refresh tokens), and which workspace each token belongs to, so that every call can be checked
// against the Authorization header it came with.

export interface StandInWorkspace {
  /** Absent for an organisation-wide install (Enterprise Grid). */
  teamId?: string;
  teamName?: string;
  enterpriseId?: string;
  enterpriseName?: string;
  /** Installed for every workspace of the organisation. */
  wholeOrganisation?: boolean;
  botUserId: string;
}

export interface IssuedToken {
  token: string;
  workspace: StandInWorkspace;
  /** Seconds since the epoch; absent when rotation is off. */
  expiresAt?: number;
  refreshToken?: string;
  revoked: boolean;
}

export const CLIENT_ID = '1111111111.2222222222';
export const CLIENT_SECRET = 'stand-in-client-secret';
export const APP_ID = 'A0UPR';

export class OAuthWorkspaces {
  /** Every token issued, in order: tests look for them in logs and in the database file. */
  readonly tokens = new Map<string, IssuedToken>();
  private readonly codes = new Map<string, { workspace: StandInWorkspace; expiresIn?: number }>();
  private readonly refreshTokens = new Map<string, IssuedToken>();
  private issued = 0;

  get active(): boolean {
    return this.tokens.size > 0 || this.codes.size > 0;
  }

  /** A one-time code for the workspace; `expiresIn` (seconds) turns on token rotation. */
  grant(workspace: StandInWorkspace, options: { expiresIn?: number } = {}): string {
    const code = `code-${++this.issued}`;
    this.codes.set(code, { workspace, ...options });
    return code;
  }

  /** The workspace's tokens stop working, as after an uninstall. */
  revoke(match: (w: StandInWorkspace) => boolean): void {
    for (const issued of this.tokens.values()) if (match(issued.workspace)) issued.revoked = true;
  }

  private issue(workspace: StandInWorkspace, expiresIn?: number): IssuedToken {
    const n = ++this.issued;
    const owner = workspace.teamId ?? workspace.enterpriseId;
    const issued: IssuedToken = {
      token: `xoxb-${owner}-${n}-stand-in-secret`,
      workspace,
      revoked: false,
      ...(expiresIn !== undefined
        ? {
            expiresAt: Math.floor(Date.now() / 1000) + expiresIn,
            refreshToken: `xoxe-1-${owner}-${n}-refresh-secret`,
          }
        : {}),
    };
    this.tokens.set(issued.token, issued);
    if (issued.refreshToken) this.refreshTokens.set(issued.refreshToken, issued);
    return issued;
  }

  /** Who is calling: the token's workspace, or the Web API's error for a bad token. */
  caller(authorization: string | undefined): IssuedToken | { error: string } {
    const token = authorization?.replace(/^Bearer\s+/i, '');
    const issued = token ? this.tokens.get(token) : undefined;
    if (!issued) return { error: token ? 'invalid_auth' : 'not_authed' };
    if (issued.revoked) return { error: 'token_revoked' };
    if (issued.expiresAt !== undefined && issued.expiresAt < Date.now() / 1000)
      return { error: 'token_expired' };
    return issued;
  }

  /** oauth.v2.access: a code from the authorize page, or a refresh token (grant_type=refresh_token). */
  access(args: Record<string, unknown>): Record<string, unknown> {
    if (args.client_id !== CLIENT_ID || args.client_secret !== CLIENT_SECRET)
      return { ok: false, error: 'invalid_client_id' };
    if (args.grant_type === 'refresh_token') {
      const old = this.refreshTokens.get(String(args.refresh_token));
      if (!old || old.revoked) return { ok: false, error: 'invalid_refresh_token' };
      // Slack hands out a new refresh token with each refresh; the old one is spent.
      this.refreshTokens.delete(String(args.refresh_token));
      const fresh = this.issue(old.workspace, 12 * 60 * 60);
      return {
        ok: true,
        ...this.describe(fresh),
        expires_in: 12 * 60 * 60,
        refresh_token: fresh.refreshToken,
      };
    }
    const granted = this.codes.get(String(args.code));
    if (!granted) return { ok: false, error: 'invalid_code' };
    this.codes.delete(String(args.code));
    const issued = this.issue(granted.workspace, granted.expiresIn);
    return {
      ok: true,
      ...this.describe(issued),
      authed_user: { id: 'U0INSTALLER' },
      ...(issued.refreshToken ? { refresh_token: issued.refreshToken, expires_in: granted.expiresIn } : {}),
    };
  }

  private describe({ token, workspace }: IssuedToken) {
    return {
      app_id: APP_ID,
      scope: 'commands,chat:write,chat:write.public,app_mentions:read,im:history,im:read,im:write,users:read',
      token_type: 'bot',
      access_token: token,
      bot_user_id: workspace.botUserId,
      team: workspace.wholeOrganisation ? null : { id: workspace.teamId, name: workspace.teamName },
      enterprise: workspace.enterpriseId
        ? { id: workspace.enterpriseId, name: workspace.enterpriseName }
        : null,
      is_enterprise_install: Boolean(workspace.wholeOrganisation),
    };
  }

  authTest({ workspace }: IssuedToken): Record<string, unknown> {
    return {
      ok: true,
      user_id: workspace.botUserId,
      bot_id: `B${workspace.botUserId}`,
      user: 'upr-bot',
      ...(workspace.teamId ? { team_id: workspace.teamId, team: workspace.teamName } : {}),
      ...(workspace.enterpriseId ? { enterprise_id: workspace.enterpriseId } : {}),
      is_enterprise_install: Boolean(workspace.wholeOrganisation),
      url: workspace.wholeOrganisation
        ? `https://${workspace.enterpriseId}.enterprise.slack.com/`
        : `https://${workspace.teamId}.slack.com/`,
    };
  }
}
