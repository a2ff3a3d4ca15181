/** Expected failures of signing in and of sessions, each with a stable code and HTTP status. */
export class AuthError extends Error {
  constructor(
    readonly statusCode: 401 | 403 | 409 | 422 | 429,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Wrong email or password (or a disabled account: we do not say which). */
export class SignInFailed extends AuthError {
  constructor() {
    super(401, 'SIGN_IN_FAILED', 'wrong email or password');
  }
}

/** Too many failed attempts for this account from this address, from this address, or for this account. */
export class SignInThrottled extends AuthError {
  /** The real wait, in whole seconds (at least one): what `Retry-After` says. */
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    const wait = Math.max(1, Math.ceil(retryAfterSeconds));
    super(429, 'SIGN_IN_THROTTLED', `too many failed attempts; try again in ${wait < 120 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`}`);
    this.retryAfterSeconds = wait;
  }
}

/** No session, or an expired one. */
export class SessionRequired extends AuthError {
  constructor() {
    super(401, 'SESSION_REQUIRED', 'please sign in');
  }
}

/** A state-changing request without the session's CSRF token. */
export class CsrfRejected extends AuthError {
  constructor() {
    super(403, 'CSRF_REJECTED', 'the form or request is missing its security token; reload the page and try again');
  }
}

/** The signed-in person's role does not allow this. */
export class NotPermitted extends AuthError {
  constructor(what: string) {
    super(403, 'NOT_PERMITTED', `your role does not allow you to ${what}`);
  }
}

export class WeakPassword extends AuthError {
  constructor() {
    super(422, 'WEAK_PASSWORD', 'the password must be at least 12 characters long');
  }
}

export class EmailTaken extends AuthError {
  constructor() {
    super(409, 'EMAIL_TAKEN', 'someone in the newsroom already uses this email');
  }
}
