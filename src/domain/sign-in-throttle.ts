/**
 * How sign-in guesses are slowed down (docs/decisions/0019). Three throttles count failures:
 * one per account and address pair (tight), one per address across accounts (looser: an office
 * shares one address), one per account across addresses (much looser, and not applied to a pair
 * that signed in lately, so a guesser spread over many addresses cannot lock the person out).
 * Each lets a few failures through, then makes every further one wait twice as long as the last.
 */
export const THROTTLE_SCOPES = ['pair', 'address', 'account'] as const;
export type ThrottleScope = (typeof THROTTLE_SCOPES)[number];

export interface ThrottleRule {
  /** Failures in a row that cost no wait. */
  free: number;
  /** The wait after the first failure past `free`… */
  firstDelayMs: number;
  /** …doubling with each further one up to this. */
  maxDelayMs: number;
}

const MINUTE = 60_000;

export const THROTTLE_RULES: Readonly<Record<ThrottleScope, ThrottleRule>> = Object.freeze({
  pair: { free: 4, firstDelayMs: 30_000, maxDelayMs: 15 * MINUTE },
  address: { free: 29, firstDelayMs: MINUTE, maxDelayMs: 60 * MINUTE },
  account: { free: 49, firstDelayMs: MINUTE, maxDelayMs: 15 * MINUTE },
});

/** A throttle forgets its failures after this long without one. */
export const FORGET_AFTER_MS = 24 * 60 * MINUTE;
/** A pair that signed in successfully within this long skips the account-wide throttle. */
export const KNOWN_PAIR_MS = 30 * 24 * 60 * MINUTE;

/**
 * The wait after the given number of failures in a row.
 *
 * @example delayAfter(THROTTLE_RULES.pair, 5) // 30_000; 6 → 60_000; 10 and more → 900_000
 */
export function delayAfter(rule: ThrottleRule, failures: number): number {
  if (failures <= rule.free) return 0;
  const doublings = failures - rule.free - 1;
  return doublings >= 30 ? rule.maxDelayMs : Math.min(rule.firstDelayMs * 2 ** doublings, rule.maxDelayMs);
}

/**
 * The failure counts at which the wait changes, most failures first, ending with the first
 * counted one: `{ from, delayMs }` means "from this many failures on, wait this long".
 * Lets the database compute a throttle's wait in the same statement that counts the failure.
 */
export function delaySteps(rule: ThrottleRule): { from: number; delayMs: number }[] {
  const steps: { from: number; delayMs: number }[] = [];
  for (let n = rule.free + 1; ; n++) {
    const delayMs = delayAfter(rule, n);
    steps.unshift({ from: n, delayMs });
    if (delayMs >= rule.maxDelayMs) return steps;
  }
}
