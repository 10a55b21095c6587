import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAILED_LOGINS_PER_ACCOUNT,
  FAILED_LOGINS_PER_IP,
} from '../../src/modules/identity/identity-limits.js';
import { insertUser, TEST_PASSWORD } from '../support/fixtures.js';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';

const LOG_IN = 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
  await insertUser(api, { email: 'cible@exemple.fr' });
  await insertUser(api, { email: 'voisine@exemple.fr' });
});
afterAll(async () => {
  await api?.close();
});

describe('log-in throttling', () => {
  it('refuses an account after 10 failures, even with the right password, not its neighbours', async () => {
    for (let i = 0; i < FAILED_LOGINS_PER_ACCOUNT; i++) {
      expect(errorCode(await api.gql(LOG_IN, { e: 'cible@exemple.fr', p: `essai ${i}` }))).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    const locked = await api.gql(LOG_IN, { e: 'CIBLE@exemple.fr', p: TEST_PASSWORD });
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(locked.errors?.[0]?.message).toMatch(/quelques minutes/);
    expect(
      (await api.gql(LOG_IN, { e: 'voisine@exemple.fr', p: TEST_PASSWORD })).errors,
    ).toBeUndefined();
  });

  it('refuses an address after 50 failures over many accounts', async () => {
    const already = FAILED_LOGINS_PER_ACCOUNT; // the failures of the test above came from this address too
    for (let i = already; i < FAILED_LOGINS_PER_IP; i++) {
      expect(
        errorCode(await api.gql(LOG_IN, { e: `inconnu${i}@exemple.fr`, p: 'au hasard' })),
      ).toBe('INVALID_CREDENTIALS');
    }
    expect(errorCode(await api.gql(LOG_IN, { e: 'voisine@exemple.fr', p: TEST_PASSWORD }))).toBe(
      'RATE_LIMITED',
    );
  });
});

describe.skipIf(!process.env.TEST_REDIS_URL)('log-in throttling shared through Redis', () => {
  it('counts the failures seen by every api instance', async () => {
    const env = { REDIS_URL: process.env.TEST_REDIS_URL!, REDIS_KEY_PREFIX: `test:${Date.now()}:` };
    const [first, second] = await Promise.all([startTestServer(env), startTestServer(env)]);
    try {
      await insertUser(second, { email: 'partagee@exemple.fr' });
      for (let i = 0; i < FAILED_LOGINS_PER_ACCOUNT; i++) {
        const instance = i % 2 ? second : first;
        expect(
          errorCode(await instance.gql(LOG_IN, { e: 'partagee@exemple.fr', p: `x${i}` })),
        ).toBe('INVALID_CREDENTIALS');
      }
      expect(
        errorCode(await second.gql(LOG_IN, { e: 'partagee@exemple.fr', p: TEST_PASSWORD })),
      ).toBe('RATE_LIMITED');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
