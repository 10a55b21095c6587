import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAILED_LOOKUPS_PER_MINUTE } from '../../src/modules/counter/counter.service.js';
import {
  ACTIVATION_REQUESTS_PER_HOUR,
  FAILED_LOGINS_PER_ACCOUNT,
  FAILED_LOGINS_PER_IP,
  FAILED_PASSWORD_CHECKS_PER_ACCOUNT,
  SIGN_UPS_PER_IP_PER_HOUR,
  SIGN_UPS_PER_MINUTE,
} from '../../src/modules/identity/identity-limits.js';
import { hashingQueue } from '../../src/modules/identity/password.js';
import {
  confirmEmail,
  insertPro,
  insertUser,
  insertVenue,
  logInAs,
  TEST_PASSWORD,
} from '../support/fixtures.js';
import {
  gqlFrom,
  startTestServer,
  type GraphQLResponse,
  type TestServer,
} from '../support/server.js';

/**
 * Every limit tried with more attempts at once than it allows, through the real api:
 * exactly as many are judged as one after another would be (the attempt is counted
 * before it is judged), with the in-process store and with Redis. Each test prints
 * "attempts judged before refusal" for the report.
 */

const LOG_IN = 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }';
const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { token } }`;
const SIGN_UP_PRO = `mutation($i: ProSignUpInput!) { signUpPro(input: $i) { token } }`;
const CHANGE_PASSWORD = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const DELETE_ACCOUNT = 'mutation($p: String!) { deleteMyAccount(password: $p) }';
const REQUEST_ACTIVATION = 'mutation { requestActivation { activationStatus } }';
const LOOKUP = 'query($t: String!) { bookingByToken(token: $t) { id } }';
const OFFERS = 'query { proOffers(first: 5) { edges { node { id } } } }';
const CREATE_KEY = `mutation($o: ID!) { createApiKey(offererId: $o, name: "Caisse") { secret } }`;
const API_KEY_CALLS = 20;

function birthDateAged(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - 10);
  return d.toISOString().slice(0, 10);
}

function youngInput(email: string) {
  return {
    email,
    password: 'une phrase de passe',
    firstName: 'Léa',
    lastName: 'Martin',
    birthDate: birthDateAged(18),
    postalCode: '93200',
  };
}

function codesOf(responses: GraphQLResponse<unknown>[]): Record<string, number> {
  const codes: Record<string, number> = {};
  for (const r of responses) {
    const code = r.errors?.[0]?.extensions?.code ?? 'OK';
    codes[code] = (codes[code] ?? 0) + 1;
  }
  return codes;
}

/** What each limit answers when it refuses (the hashing queue refuses in its own words). */
const REFUSALS = {
  logIn: /tentatives de connexion/,
  passwordCheck: /mots de passe incorrects/,
  signUp: /inscriptions/,
  activation: /demandes d'activation/,
  counter: /contremarques inconnues/,
  apiKey: /appels avec cette clé/,
};

/**
 * Attempts that got past the limit: all but those it refused. (On a loaded machine the
 * hashing queue may refuse some of those after the limit counted them: they still count.)
 */
/** Attempts that were judged: neither refused by a limit nor by the hashing queue. */
function judged(responses: GraphQLResponse<unknown>[]): number {
  return responses.filter((r) => r.errors?.[0]?.extensions?.code !== 'RATE_LIMITED').length;
}

function passed(responses: GraphQLResponse<unknown>[], refusal: RegExp): number {
  return responses.filter((r) => {
    const error = r.errors?.[0];
    return !(error?.extensions?.code === 'RATE_LIMITED' && refusal.test(error.message));
  }).length;
}

function report(
  store: string,
  limit: string,
  allowed: number,
  responses: GraphQLResponse<unknown>[],
  refusal: RegExp,
) {
  console.info(
    `[limits] ${store} ${limit}: ${responses.length} at once, limit ${allowed}, past the limit ${passed(responses, refusal)}`,
    codesOf(responses),
  );
}

const stores = [
  { store: 'memory', env: {} as Record<string, string> },
  {
    store: 'redis',
    env: process.env.TEST_REDIS_URL
      ? { REDIS_URL: process.env.TEST_REDIS_URL, REDIS_KEY_PREFIX: `test:${randomUUID()}:` }
      : null,
  },
];

for (const { store, env } of stores) {
  describe.skipIf(env === null)(`limits under parallel attempts (${store})`, () => {
    let api: TestServer;
    beforeAll(async () => {
      api = await startTestServer({
        ...env!,
        API_KEY_CALLS_PER_MINUTE: String(API_KEY_CALLS),
      });
    });
    afterAll(async () => {
      await api?.close();
    });

    it('log-in: 80 at once on one account (79 wrong, 1 right) judge 10 failures at most, then refuse even the right password', async () => {
      await insertUser(api, { email: 'assiegee@exemple.fr' });
      const attempts = Array.from({ length: 80 }, (_, i) =>
        gqlFrom(api, '127.0.0.2', LOG_IN, {
          e: 'assiegee@exemple.fr',
          p: i === 40 ? TEST_PASSWORD : `essai ${i}`,
        }),
      );
      const responses = await Promise.all(attempts);
      report(store, 'log-in per account', FAILED_LOGINS_PER_ACCOUNT, responses, REFUSALS.logIn);
      const codes = codesOf(responses);
      expect(codes.INVALID_CREDENTIALS).toBe(FAILED_LOGINS_PER_ACCOUNT);
      // The right one may be judged if it came while failures were still short: one token at most.
      expect(codes.OK ?? 0).toBeLessThanOrEqual(1);
      expect(judged(responses)).toBeLessThanOrEqual(FAILED_LOGINS_PER_ACCOUNT + 1);
      const after = await gqlFrom(api, '127.0.0.3', LOG_IN, {
        e: 'assiegee@exemple.fr',
        p: TEST_PASSWORD,
      });
      expect(after.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    });

    it('log-in: 80 at once from one address over many accounts judge 50', async () => {
      const responses = await Promise.all(
        Array.from({ length: 80 }, (_, i) =>
          gqlFrom(api, '127.0.0.4', LOG_IN, { e: `inconnu${i}@exemple.fr`, p: 'au hasard' }),
        ),
      );
      report(store, 'log-in per address', FAILED_LOGINS_PER_IP, responses, REFUSALS.logIn);
      // Never more failures judged than the limit; attempts the hashing queue turned away
      // (a loaded machine) were not judged, so others may take their place, as in sequence.
      expect(codesOf(responses).INVALID_CREDENTIALS).toBeLessThanOrEqual(FAILED_LOGINS_PER_IP);
      expect(passed(responses, REFUSALS.logIn)).toBeGreaterThanOrEqual(FAILED_LOGINS_PER_IP);
    });

    it('a deleted or unknown account costs a full password hash at log-in, like a real one', async () => {
      const userId = await insertUser(api, { email: 'partie@exemple.fr' });
      const token = await logInAs(api, 'partie@exemple.fr');
      const deleted = await api.gql(DELETE_ACCOUNT, { p: TEST_PASSWORD }, { token });
      expect(deleted.errors).toBeUndefined();
      for (const email of [`supprime-${userId}@compte-supprime.invalid`, 'personne@exemple.fr']) {
        const before = hashingQueue.completed;
        const res = await gqlFrom(api, '127.0.0.5', LOG_IN, { e: email, p: 'peu importe' });
        expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
        expect(hashingQueue.completed - before).toBeGreaterThanOrEqual(1);
      }
    });

    it('sign-up: 40 at once from one address (young and pro) judge 20', async () => {
      const responses = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          i % 2
            ? gqlFrom(api, '127.0.0.6', SIGN_UP, { i: youngInput(`jeune${i}@exemple.fr`) })
            : gqlFrom(api, '127.0.0.6', SIGN_UP_PRO, {
                i: {
                  email: `pro${i}@exemple.fr`,
                  password: 'une phrase de passe',
                  firstName: 'Paul',
                  lastName: 'Durand',
                },
              }),
        ),
      );
      report(store, 'sign-up per address', SIGN_UPS_PER_IP_PER_HOUR, responses, REFUSALS.signUp);
      expect(codesOf(responses).OK).toBeLessThanOrEqual(SIGN_UPS_PER_IP_PER_HOUR);
      expect(passed(responses, REFUSALS.signUp)).toBe(SIGN_UPS_PER_IP_PER_HOUR);
      const [created] = await api.sql<{ count: string }>(
        `select count(*) from app_user where email ~ '^(jeune|pro)[0-9]+@exemple.fr$'`,
      );
      expect(Number(created!.count)).toBe(codesOf(responses).OK);
    });

    it('sign-up: 150 at once from 10 addresses judge 120 overall (taken emails included)', async () => {
      // A server of its own: the test above used some of the overall allowance.
      const fresh = await startTestServer({ ...env!, REDIS_KEY_PREFIX: `test:${randomUUID()}:` });
      try {
        await insertUser(fresh, { email: 'prise@exemple.fr' });
        const responses = await Promise.all(
          Array.from({ length: 150 }, (_, i) =>
            gqlFrom(fresh, `127.0.1.${(i % 10) + 1}`, SIGN_UP, {
              i: youngInput(i % 3 ? `foule${i}@exemple.fr` : 'prise@exemple.fr'),
            }),
          ),
        );
        report(store, 'sign-up overall', SIGN_UPS_PER_MINUTE, responses, REFUSALS.signUp);
        expect(passed(responses, REFUSALS.signUp)).toBe(SIGN_UPS_PER_MINUTE);
      } finally {
        await fresh.close();
      }
    });

    it('changePassword: 30 wrong at once judge 10, then even the right one waits', async () => {
      await insertUser(api, { email: 'change@exemple.fr' });
      const token = await logInAs(api, 'change@exemple.fr');
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          api.gql(CHANGE_PASSWORD, { c: `faux ${i}`, n: 'nouvelle phrase de passe' }, { token }),
        ),
      );
      report(
        store,
        'changePassword',
        FAILED_PASSWORD_CHECKS_PER_ACCOUNT,
        responses,
        REFUSALS.passwordCheck,
      );
      expect(codesOf(responses).INVALID_CREDENTIALS).toBe(FAILED_PASSWORD_CHECKS_PER_ACCOUNT);
      expect(judged(responses)).toBe(FAILED_PASSWORD_CHECKS_PER_ACCOUNT);
      const right = await api.gql(
        CHANGE_PASSWORD,
        { c: TEST_PASSWORD, n: 'nouvelle phrase de passe' },
        { token },
      );
      expect(right.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    });

    it('deleteMyAccount: 30 wrong at once judge 10, and the account stays', async () => {
      const userId = await insertUser(api, { email: 'reste@exemple.fr' });
      const token = await logInAs(api, 'reste@exemple.fr');
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          api.gql(DELETE_ACCOUNT, { p: `faux ${i}` }, { token }),
        ),
      );
      report(
        store,
        'deleteMyAccount',
        FAILED_PASSWORD_CHECKS_PER_ACCOUNT,
        responses,
        REFUSALS.passwordCheck,
      );
      expect(codesOf(responses).INVALID_CREDENTIALS).toBe(FAILED_PASSWORD_CHECKS_PER_ACCOUNT);
      expect(judged(responses)).toBe(FAILED_PASSWORD_CHECKS_PER_ACCOUNT);
      const [row] = await api.sql<{ anonymised_at: Date | null }>(
        'select anonymised_at from app_user where id = $1',
        [userId],
      );
      expect(row!.anonymised_at).toBeNull();
    });

    it('one after another: the 21st sign-up from an address, the 11th wrong password and the 6th activation request are refused', async () => {
      const signUps = [];
      for (let i = 0; i <= SIGN_UPS_PER_IP_PER_HOUR; i++) {
        signUps.push(
          await gqlFrom(api, '127.0.0.8', SIGN_UP, { i: youngInput(`suite${i}@exemple.fr`) }),
        );
      }
      expect(passed(signUps, REFUSALS.signUp)).toBe(SIGN_UPS_PER_IP_PER_HOUR);
      expect(signUps.at(-1)!.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

      await insertUser(api, { email: 'patient@exemple.fr' });
      const token = await logInAs(api, 'patient@exemple.fr');
      const checks = [];
      for (let i = 0; i <= FAILED_PASSWORD_CHECKS_PER_ACCOUNT; i++) {
        checks.push(
          await api.gql(
            CHANGE_PASSWORD,
            { c: `faux ${i}`, n: 'nouvelle phrase de passe' },
            { token },
          ),
        );
      }
      expect(judged(checks)).toBe(FAILED_PASSWORD_CHECKS_PER_ACCOUNT);
      expect(checks.at(-1)!.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

      const young = (signUps[0]!.data as { signUp: { token: string } }).signUp.token;
      await confirmEmail(api, 'suite0@exemple.fr', young);
      const requests = [];
      for (let i = 0; i <= ACTIVATION_REQUESTS_PER_HOUR; i++) {
        requests.push(await api.gql(REQUEST_ACTIVATION, {}, { token: young }));
      }
      expect(passed(requests, REFUSALS.activation)).toBe(ACTIVATION_REQUESTS_PER_HOUR);
      expect(requests.at(-1)!.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    });

    it('requestActivation: 20 at once judge 5', async () => {
      const signedUp = await gqlFrom<{ signUp: { token: string } }>(api, '127.0.0.7', SIGN_UP, {
        i: youngInput('active@exemple.fr'),
      });
      const token = signedUp.data!.signUp.token;
      await confirmEmail(api, 'active@exemple.fr', token);
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => api.gql(REQUEST_ACTIVATION, {}, { token })),
      );
      report(
        store,
        'requestActivation',
        ACTIVATION_REQUESTS_PER_HOUR,
        responses,
        REFUSALS.activation,
      );
      expect(passed(responses, REFUSALS.activation)).toBe(ACTIVATION_REQUESTS_PER_HOUR);
    });

    it('counter: 30 unknown tokens at once judge 10', async () => {
      const venue = await insertVenue(api);
      const { token } = await insertPro(api, 'guichet@exemple.fr', venue.offererId);
      const responses = await Promise.all(
        Array.from({ length: 30 }, () => api.gql(LOOKUP, { t: 'ZZZZZZ' }, { token })),
      );
      report(store, 'counter look-ups', FAILED_LOOKUPS_PER_MINUTE, responses, REFUSALS.counter);
      expect(codesOf(responses).NOT_FOUND).toBe(FAILED_LOOKUPS_PER_MINUTE);
      expect(judged(responses)).toBe(FAILED_LOOKUPS_PER_MINUTE);
    });

    it('API key: 50 calls at once answer 20', async () => {
      const venue = await insertVenue(api);
      const { token } = await insertPro(api, 'cles@exemple.fr', venue.offererId);
      const created = await api.gql<{ createApiKey: { secret: string } }>(
        CREATE_KEY,
        { o: String(venue.offererId) },
        { token },
      );
      const secret = created.data!.createApiKey.secret;
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => api.gql(OFFERS, {}, { token: secret })),
      );
      report(store, 'API-key calls', API_KEY_CALLS, responses, REFUSALS.apiKey);
      expect(codesOf(responses).OK).toBe(API_KEY_CALLS);
      expect(judged(responses)).toBe(API_KEY_CALLS);
    });
  });
}
