import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/graphql/errors.js';
import { HashingQueue, hashPassword, verifyPassword } from '../../src/modules/identity/password.js';
import { hashSessionToken, newSessionToken } from '../../src/modules/identity/session-token.js';

describe('password hashing', () => {
  it('verifies the right password only', async () => {
    const hash = await hashPassword('une phrase de passe', 10);
    expect(hash).toMatch(/^scrypt\$10\$8\$1\$/);
    expect(await verifyPassword('une phrase de passe', hash)).toBe(true);
    expect(await verifyPassword('une phrase de passe ', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('même mot de passe', 10)).not.toBe(
      await hashPassword('même mot de passe', 10),
    );
  });

  it('treats composed and decomposed accents alike', async () => {
    const hash = await hashPassword('Éléonore-2008', 10);
    expect(await verifyPassword('E\u0301le\u0301onore-2008', hash)).toBe(true);
  });

  it('refuses a malformed stored hash', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});

describe('session tokens', () => {
  it('are long, random and stored as a hash', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(43);
    expect(hashSessionToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(a)).toBe(hashSessionToken(a));
  });
});

describe('HashingQueue', () => {
  /** Work that finishes when the test says so, recording how many ran at once. */
  function controlled() {
    let running = 0;
    let peak = 0;
    const pending: (() => void)[] = [];
    const work = () =>
      new Promise<void>((resolve) => {
        running++;
        peak = Math.max(peak, running);
        pending.push(() => {
          running--;
          resolve();
        });
      });
    const finishOne = async () => {
      pending.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    };
    return { work, finishOne, peak: () => peak, started: () => pending.length };
  }

  it('runs at most `concurrency` hashes, keeps a slot for log-ins and refuses a long lane', async () => {
    const queue = new HashingQueue(2, 3);
    const c = controlled();
    const others = Array.from({ length: 10 }, () =>
      queue.run('other', c.work).then(
        () => 'done',
        (error: AppError) => error.code,
      ),
    );
    await new Promise((resolve) => setImmediate(resolve));
    // One slot for other work, three waiting, six refused at once.
    expect(c.started()).toBe(1);
    expect(queue.load()).toEqual({ running: 1, waiting: 3 });
    const login = queue.run('login', c.work);
    await new Promise((resolve) => setImmediate(resolve));
    expect(c.started()).toBe(2);
    // A second log-in waits, and goes before the other lane when a slot frees.
    let secondLoginStarted = false;
    const secondLogin = queue.run('login', async () => {
      secondLoginStarted = true;
    });
    await c.finishOne();
    expect(secondLoginStarted).toBe(true);
    await secondLogin;
    while (c.started() > 0) await c.finishOne();
    await login;
    const outcomes = await Promise.all(others);
    expect(outcomes.filter((o) => o === 'RATE_LIMITED')).toHaveLength(6);
    expect(outcomes.filter((o) => o === 'done')).toHaveLength(4);
    expect(c.peak()).toBeLessThanOrEqual(2);
    expect(queue.load()).toEqual({ running: 0, waiting: 0 });
  });
});
