import { AppError, ErrorCode } from '../../graphql/errors.js';
import type { RateLimiterFactory } from '../../shared/rate-limiter.js';
import { normalizeEmail } from './eligibility.js';

/** Failed log-ins allowed in the window, per account and per IP, before RATE_LIMITED. */
export const FAILED_LOGINS_PER_ACCOUNT = 10;
export const FAILED_LOGINS_PER_IP = 50;
export const LOGIN_WINDOW_MS = 15 * 60_000;

/**
 * Slows password guessing: too many failures on one account, or from one address,
 * refuse further attempts for a while — even with the right password.
 * Counted in Redis when REDIS_URL is set (so that every api instance sees the same
 * failures), in this process's memory otherwise.
 */
export class LoginThrottle {
  private readonly perAccount;
  private readonly perIp;

  constructor(limiter: RateLimiterFactory) {
    this.perAccount = limiter('login:account', FAILED_LOGINS_PER_ACCOUNT, LOGIN_WINDOW_MS);
    this.perIp = limiter('login:ip', FAILED_LOGINS_PER_IP, LOGIN_WINDOW_MS);
  }

  /** Refuses the attempt when the account or the address has failed too often. */
  async check(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([
      this.perAccount.isLimited(normalizeEmail(email)),
      this.perIp.isLimited(ip),
    ]);
    if (account || address) {
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        'Trop de tentatives de connexion : attends quelques minutes avant de réessayer.',
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.record(normalizeEmail(email)), this.perIp.record(ip)]);
  }
}
