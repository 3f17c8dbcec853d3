// The bot scopes upr-bot asks for, here and in manifest.yml (a test keeps the two the same):
// commands and replies, mentions and direct messages, and users.info for admin rights and zones.
export const SLACK_BOT_SCOPES = [
  'commands',
  'chat:write',
  'chat:write.public',
  'app_mentions:read',
  'im:history',
  'im:read',
  'im:write',
  'users:read',
] as const;
