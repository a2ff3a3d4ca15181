import { MastheadError } from '../../domain/errors.js';

/** Expected failures of signing in and of sessions (codes and statuses in the catalogue, domain/error-catalogue.ts). */
/** Wrong email or password (or a disabled account: we do not say which). */
export class SignInFailed extends MastheadError {
  constructor() {
    super('SIGN_IN_FAILED', 'wrong email or password');
  }
}

/** Too many failed attempts for this account from this address, from this address, or for this account. */
export class SignInThrottled extends MastheadError {
  /** The real wait, in whole seconds (at least one): what `Retry-After` says. */
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    const wait = Math.max(1, Math.ceil(retryAfterSeconds));
    super('SIGN_IN_THROTTLED', `too many failed attempts; try again in ${wait < 120 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`}`, {
      headers: { 'retry-after': String(wait) },
    });
    this.retryAfterSeconds = wait;
  }
}

/** No session, or an expired one. */
export class SessionRequired extends MastheadError {
  constructor() {
    super('SESSION_REQUIRED', 'please sign in');
  }
}

/** A state-changing request without the session's CSRF token. */
export class CsrfRejected extends MastheadError {
  constructor() {
    super('CSRF_REJECTED', 'the form or request is missing its security token; reload the page and try again');
  }
}

/** The signed-in person's role does not allow this. */
export class NotPermitted extends MastheadError {
  constructor(what: string) {
    super('NOT_PERMITTED', `your role does not allow you to ${what}`);
  }
}

export class WeakPassword extends MastheadError {
  constructor() {
    super('WEAK_PASSWORD', 'the password must be at least 12 characters long');
  }
}

export class EmailTaken extends MastheadError {
  constructor() {
    super('EMAIL_TAKEN', 'someone in the newsroom already uses this email');
  }
}
