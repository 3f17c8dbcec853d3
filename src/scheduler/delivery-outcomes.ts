import type { PostOutcome } from '../core/ports.ts';
import { MAX_ATTEMPTS, retryDelayMs } from '../core/reminders/late-policy.ts';
import type { ClaimedDelivery, DeliveryLedger, DeliveryOutcome } from '../store/delivery-ledger.ts';

// From what the platform said to what the ledger records, and the recording itself: in batches
// when the platform recognises a repeated post (a crash before the record cannot post twice),
// one by one when it does not.

/** What a post's outcome means for the ledger: sent, retry later (with backoff), or given up. */
export function ledgerOutcome(
  d: ClaimedDelivery,
  outcome: PostOutcome,
  now: string,
  late: boolean,
): DeliveryOutcome {
  if (outcome.ok) return { state: 'sent', at: now, late, ...(outcome.ref ? { postedRef: outcome.ref } : {}) };
  const unsure = outcome.unsure === true;
  if (outcome.deferred) {
    const next = new Date(Date.parse(now) + (outcome.retryAfterMs ?? 0));
    return {
      state: 'retry',
      nextAttemptAt: next.toISOString(),
      error: outcome.reason,
      unsure,
      attempted: false,
    };
  }
  if (outcome.retryable && d.attempts + 1 < MAX_ATTEMPTS) {
    const next = new Date(Date.parse(now) + retryDelayMs(d.attempts + 1, outcome.retryAfterMs));
    return {
      state: 'retry',
      nextAttemptAt: next.toISOString(),
      error: outcome.reason,
      unsure,
      attempted: true,
    };
  }
  return { state: 'failed', error: outcome.reason, unsure };
}

export interface OutcomeRecorder {
  add(delivery: ClaimedDelivery, outcome: DeliveryOutcome): Promise<void>;
  flush(): Promise<void>;
}

/** Records outcomes, `batchSize` at a time (or after `maxDelayMs`); a batch of 1 records at once. */
export function outcomeRecorder(
  ledger: Pick<DeliveryLedger, 'record'>,
  options: { batchSize: number; maxDelayMs: number },
): OutcomeRecorder {
  let pending: { delivery: ClaimedDelivery; outcome: DeliveryOutcome }[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = [];
    // Batches are written in order, one at a time.
    writing = writing.then(() => (batch.length ? ledger.record(batch) : undefined));
    return writing;
  };
  return {
    async add(delivery, outcome) {
      pending.push({ delivery, outcome });
      if (pending.length >= options.batchSize) return flush();
      timer ??= setTimeout(() => void flush().catch(() => undefined), options.maxDelayMs);
      timer.unref?.();
    },
    flush,
  };
}
