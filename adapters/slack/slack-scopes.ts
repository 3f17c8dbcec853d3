// The bot scopes upr-bot asks for, here and in manifest.yml (a test keeps the two the same):
// commands and replies, mentions and direct messages, users.info for admin rights and zones, and
// channel history to find a reminder of our own whose post had an unknown outcome.
export const SLACK_BOT_SCOPES = [
  'commands',
  'chat:write',
  'chat:write.public',
  'app_mentions:read',
  'channels:history',
  'groups:history',
  'im:history',
  'im:read',
  'im:write',
  'users:read',
] as const;
