import { AppError, ErrorCode } from '../../graphql/errors.js';
import { SlidingWindowLimiter } from '../../shared/rate-limiter.js';
import { normalizeEmail } from './eligibility.js';

/** Failed log-ins allowed in the window, per account and per IP, before RATE_LIMITED. */
export const FAILED_LOGINS_PER_ACCOUNT = 10;
export const FAILED_LOGINS_PER_IP = 50;
export const LOGIN_WINDOW_MS = 15 * 60_000;

/**
 * Slows password guessing: too many failures on one account, or from one address,
 * refuse further attempts for a while — even with the right password.
 * In this process's memory (Redis, shared by instances, comes with the hardening issue).
 */
export class LoginThrottle {
  private readonly perAccount = new SlidingWindowLimiter(
    FAILED_LOGINS_PER_ACCOUNT,
    LOGIN_WINDOW_MS,
  );
  private readonly perIp = new SlidingWindowLimiter(FAILED_LOGINS_PER_IP, LOGIN_WINDOW_MS);

  /** Refuses the attempt when the account or the address has failed too often. */
  check(email: string, ip: string): void {
    if (this.perAccount.isLimited(normalizeEmail(email)) || this.perIp.isLimited(ip)) {
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        'Trop de tentatives de connexion : attends quelques minutes avant de réessayer.',
      );
    }
  }

  recordFailure(email: string, ip: string): void {
    this.perAccount.record(normalizeEmail(email));
    this.perIp.record(ip);
  }
}
