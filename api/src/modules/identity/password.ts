import { availableParallelism } from 'node:os';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import {
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';

/**
 * Passwords are hashed with scrypt (memory-hard, in Node's standard library).
 * Stored form: `scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64>`, so the cost can
 * grow later without breaking existing hashes.
 */
const KEY_LENGTH = 32;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;

function scrypt(
  password: string,
  salt: Buffer,
  logN: number,
  r: number,
  p: number,
): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** Who is waiting for a hash: a log-in goes before everything else. */
export type HashingLane = 'login' | 'other';

/**
 * At most `concurrency` hashes run at once (scrypt at cost 15 takes 32 MiB and a core's
 * worth of time each), and one of those slots is kept for log-ins: a burst of sign-ups or
 * password changes then never makes a log-in wait for a slot. The others wait in two
 * lanes, log-ins served first; a lane that is already long refuses at once (RATE_LIMITED)
 * rather than growing without bound.
 */
export class HashingQueue {
  private readonly running: Record<HashingLane, number> = { login: 0, other: 0 };
  private readonly waiting: Record<HashingLane, (() => void)[]> = { login: [], other: [] };
  /** Hashes finished since the process started (tests check that a path paid for one). */
  completed = 0;
  /** Slots other work may use: all but one, kept for log-ins, when there are several. */
  private readonly otherSlots: number;

  constructor(
    readonly concurrency: number,
    /** Waiting hashes allowed per lane beyond those running. */
    readonly maxWaiting: number,
  ) {
    this.otherSlots = Math.max(1, concurrency - 1);
  }

  async run<T>(lane: HashingLane, work: () => Promise<T>): Promise<T> {
    if (this.canStart(lane)) {
      this.running[lane]++;
    } else {
      const queue = this.waiting[lane];
      if (queue.length >= this.maxWaiting) {
        throw new AppError(
          ErrorCode.RATE_LIMITED,
          'Trop de demandes en ce moment : réessaie dans quelques secondes.',
        );
      }
      // The slot is counted for this hash by `pump` before it is woken.
      await new Promise<void>((resolve) => queue.push(resolve));
    }
    try {
      return await work();
    } finally {
      this.running[lane]--;
      this.completed++;
      this.pump();
    }
  }

  /** Hashes running and waiting now (tests and benchmarks watch it). */
  load(): { running: number; waiting: number } {
    return {
      running: this.running.login + this.running.other,
      waiting: this.waiting.login.length + this.waiting.other.length,
    };
  }

  private canStart(lane: HashingLane): boolean {
    if (this.running.login + this.running.other >= this.concurrency) return false;
    return lane === 'login' || this.running.other < this.otherSlots;
  }

  private pump(): void {
    for (const lane of ['login', 'other'] as const) {
      while (this.waiting[lane].length > 0 && this.canStart(lane)) {
        this.running[lane]++;
        this.waiting[lane].shift()!();
      }
    }
  }
}

const cores = Math.max(1, availableParallelism());
/** The process's one queue: as many hashes at once as cores, 8 waiting per core and lane. */
export const hashingQueue = new HashingQueue(cores, 8 * cores);

export async function hashPassword(
  password: string,
  logN: number,
  lane: HashingLane = 'other',
): Promise<string> {
  const salt = randomBytes(16);
  const key = await hashingQueue.run(lane, () =>
    scrypt(password, salt, logN, BLOCK_SIZE, PARALLELISM),
  );
  return [
    'scrypt',
    logN,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

interface StoredHash {
  logN: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parseStoredHash(stored: string): StoredHash | null {
  const [scheme, logN, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !logN || !r || !p || !salt || !key) return null;
  return {
    logN: Number(logN),
    r: Number(r),
    p: Number(p),
    salt: Buffer.from(salt, 'base64'),
    key: Buffer.from(key, 'base64'),
  };
}

export async function verifyPassword(
  password: string,
  stored: string,
  lane: HashingLane = 'other',
): Promise<boolean> {
  const hash = parseStoredHash(stored);
  if (!hash) return false;
  const actual = await hashingQueue.run(lane, () =>
    scrypt(password, hash.salt, hash.logN, hash.r, hash.p),
  );
  return actual.length === hash.key.length && timingSafeEqual(actual, hash.key);
}

// Hashes to verify against when there is no usable one, one per cost, made once.
const decoys = new Map<number, Promise<string>>();

/**
 * Verifies like `verifyPassword`, but an unknown account (null) or one no password opens
 * (deleted, an API key's) costs a full hash at `logN` too: the answer's time does not
 * tell which accounts exist. Always false for those.
 */
export async function verifyPasswordInConstantTime(
  password: string,
  stored: string | null,
  logN: number,
  lane: HashingLane,
): Promise<boolean> {
  if (stored !== null && parseStoredHash(stored)) {
    return verifyPassword(password, stored, lane);
  }
  let decoy = decoys.get(logN);
  if (!decoy) {
    decoy = hashPassword('decoy password', logN, lane);
    decoys.set(logN, decoy);
    decoy.catch(() => decoys.delete(logN));
  }
  await verifyPassword(password, await decoy, lane);
  return false;
}

/** The rule shown to people: long rather than complicated (CNIL guidance). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** Why a new password is refused, in French; null when it is acceptable. */
export function passwordRuleViolation(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`;
  if (password.length > PASSWORD_MAX_LENGTH)
    return `Le mot de passe doit contenir au plus ${PASSWORD_MAX_LENGTH} caractères.`;
  return null;
}
