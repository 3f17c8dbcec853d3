import type { ChatAdapter } from '../core/chat-adapter.ts';
import type { ChannelPoster } from '../core/ports.ts';

/**
 * A chat not connected (yet, or Slack out of reach) is not asked to post: the scheduler posts one
 * delivery at a time, and a Web API client retrying an unreachable host for many seconds would
 * hold every other platform's reminders behind it. The delivery is retried on a later tick.
 */
export function postsWhenReady(adapter: ChatAdapter): ChannelPoster {
  return {
    platform: adapter.poster.platform,
    post: (target, reply) =>
      adapter.isReady()
        ? adapter.poster.post(target, reply)
        : Promise.resolve({ ok: false, retryable: true, reason: `${adapter.platform} is not connected` }),
  };
}
