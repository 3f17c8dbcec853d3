import { describe, expect, it } from 'vitest';
import { crashReplicaDuringFanOut } from '../support/replica-crash.ts';
import { POSTGRES_SKIP_REASON } from '../support/test-databases.ts';

// Three replicas on one PostgreSQL database, one killed with SIGKILL mid fan-out: every channel
// gets the reminder once (the benchmark runs the same at 1,000 channels a platform).

describe.skipIf(Boolean(POSTGRES_SKIP_REASON))(
  `three replicas, one killed in the middle of a fan-out ${POSTGRES_SKIP_REASON ?? ''}`,
  () => {
    it('lose nothing and post nothing twice: the dead replica’s claims are taken over after the lease', async () => {
      const run = await crashReplicaDuringFanOut({
        replicas: 3,
        channels: 60,
        slackLatencyMs: 30,
        discordLatencyMs: 20,
        killAt: { platform: 'slack', posts: 25 },
        leaseMs: 30_000,
      });
      expect(run.killedAfter.slack).toBeGreaterThanOrEqual(25);
      expect(run.lost).toBe(0);
      expect(run.duplicates).toBe(0);
      expect(run.deliveries).toEqual({ sent: 120 });
    }, 120_000);
  },
);
