// When to try a failed message again: exponential backoff, never sooner than the
// platform's Retry-After, and no more tries after the last one.

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseMs: 30_000, maxMs: 3_600_000 };

/** The next try after `attempts` failed ones (this one included), or null when they are used up. */
export function nextAttemptAt(now: Date, attempts: number, policy: RetryPolicy, retryAfterMs: number | null = null): Date | null {
  if (attempts >= policy.maxAttempts) return null;
  const delay = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempts - 1));
  return new Date(now.getTime() + Math.max(delay, retryAfterMs ?? 0));
}
