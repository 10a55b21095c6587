import { AppError, ErrorCode } from '../../graphql/errors.js';
import {
  countingAttempts,
  countingFailures,
  type RateLimiterFactory,
} from '../../shared/rate-limiter.js';
import { normalizeEmail } from './eligibility.js';

/** Failed log-ins allowed in the window, per account and per IP, before RATE_LIMITED. */
export const FAILED_LOGINS_PER_ACCOUNT = 10;
export const FAILED_LOGINS_PER_IP = 50;
export const LOGIN_WINDOW_MS = 15 * 60_000;
/** Wrong current passwords (changePassword, deleteMyAccount) allowed per account in the window. */
export const FAILED_PASSWORD_CHECKS_PER_ACCOUNT = 10;
/** Sign-ups (young and pro) that reach the password hash: per address an hour, and overall a minute. */
export const SIGN_UPS_PER_IP_PER_HOUR = 20;
export const SIGN_UPS_PER_MINUTE = 120;
/** Confirmation emails sent again, per account an hour. */
export const CONFIRMATION_RESENDS_PER_HOUR = 3;
/** Activation requests per account an hour. */
export const ACTIVATION_REQUESTS_PER_HOUR = 5;

const HOUR_MS = 60 * 60_000;

function isWrongPassword(error: unknown): boolean {
  return error instanceof AppError && error.code === ErrorCode.INVALID_CREDENTIALS;
}

/**
 * The limits of identity and account operations, counted in Redis when REDIS_URL is set
 * (so that every api instance sees the same attempts), in this process's memory otherwise.
 * - log-in: failures per account and per address (password guessing);
 * - password checks behind a session: failures per account;
 * - sign-up: attempts per address and overall (each costs a full password hash);
 * - confirmation emails sent again: attempts per account;
 * - activation requests: attempts per account.
 */
export class IdentityLimits {
  private readonly perAccount;
  private readonly perIp;
  private readonly passwordChecks;
  private readonly signUpsPerIp;
  private readonly signUps;
  private readonly activationRequests;
  private readonly confirmationResends;

  constructor(limiter: RateLimiterFactory) {
    this.perAccount = limiter('login:account', FAILED_LOGINS_PER_ACCOUNT, LOGIN_WINDOW_MS);
    this.perIp = limiter('login:ip', FAILED_LOGINS_PER_IP, LOGIN_WINDOW_MS);
    this.passwordChecks = limiter(
      'password-check:user',
      FAILED_PASSWORD_CHECKS_PER_ACCOUNT,
      LOGIN_WINDOW_MS,
    );
    this.signUpsPerIp = limiter('sign-up:ip', SIGN_UPS_PER_IP_PER_HOUR, HOUR_MS);
    this.signUps = limiter('sign-up:all', SIGN_UPS_PER_MINUTE, 60_000);
    this.confirmationResends = limiter(
      'confirmation-resend:user',
      CONFIRMATION_RESENDS_PER_HOUR,
      HOUR_MS,
    );
    this.activationRequests = limiter(
      'activation-request:user',
      ACTIVATION_REQUESTS_PER_HOUR,
      HOUR_MS,
    );
  }

  /** A log-in attempt, refused when the account or the address has failed too often. */
  logIn<T>(email: string, ip: string, work: () => Promise<T>): Promise<T> {
    return countingFailures(
      [
        [this.perAccount, normalizeEmail(email)],
        [this.perIp, ip],
      ],
      () =>
        new AppError(
          ErrorCode.RATE_LIMITED,
          'Trop de tentatives de connexion : attends quelques minutes avant de réessayer.',
        ),
      isWrongPassword,
      work,
    );
  }

  /** An operation that checks the signed-in person's password (change, deletion). */
  passwordCheck<T>(userId: number, work: () => Promise<T>): Promise<T> {
    return countingFailures(
      [[this.passwordChecks, String(userId)]],
      () =>
        new AppError(
          ErrorCode.RATE_LIMITED,
          'Trop de mots de passe incorrects : attends quelques minutes avant de réessayer.',
        ),
      isWrongPassword,
      work,
    );
  }

  /** A sign-up about to hash its password (young people say "tu", pros "vous"). */
  signUp(ip: string, audience: 'young' | 'pro'): Promise<void> {
    return countingAttempts(
      [
        [this.signUpsPerIp, ip],
        [this.signUps, 'all'],
      ],
      () =>
        new AppError(
          ErrorCode.RATE_LIMITED,
          audience === 'young'
            ? 'Trop d’inscriptions en ce moment : réessaie un peu plus tard.'
            : 'Trop d’inscriptions en ce moment : réessayez un peu plus tard.',
        ),
    );
  }

  /** Another confirmation email for an unconfirmed account (each one lands in a mailbox). */
  confirmationResend(userId: number, audience: 'young' | 'pro'): Promise<void> {
    return countingAttempts(
      [[this.confirmationResends, String(userId)]],
      () =>
        new AppError(
          ErrorCode.RATE_LIMITED,
          audience === 'young'
            ? 'Tu as déjà demandé plusieurs e-mails : attends une heure avant de réessayer.'
            : 'Vous avez déjà demandé plusieurs e-mails : attendez une heure avant de réessayer.',
        ),
    );
  }

  activationRequest(userId: number): Promise<void> {
    return countingAttempts(
      [[this.activationRequests, String(userId)]],
      () =>
        new AppError(
          ErrorCode.RATE_LIMITED,
          "Trop de demandes d'activation : réessaie dans une heure.",
        ),
    );
  }
}
