import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRegistrationJobs } from '../../src/jobs/registration.jobs.js';
import { CONFIRMATION_RESENDS_PER_HOUR } from '../../src/modules/identity/identity-limits.js';
import {
  confirmationTokenOf,
  insertOfferWithStock,
  insertUser,
  insertVenue,
  TEST_PASSWORD,
} from '../support/fixtures.js';
import {
  errorCode,
  gqlFrom,
  startTestServer,
  type GraphQLResponse,
  type TestServer,
} from '../support/server.js';

/**
 * Sign-up never tells whether an address is taken (issue 14, item 8): the same answer either
 * way, the owner of a taken address told by email, the duplicate account never confirmable.
 * Sign-ups come from many loopback addresses so that the per-address limit stays out of the way.
 */

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        id
        email
        firstName
        lastName
        roles
        departmentCode
        activationStatus
        emailConfirmed
        wallet {
          remainingCents
        }
      }
    }
  }
`;
const SIGN_UP_PRO = /* GraphQL */ `
  mutation ($input: ProSignUpInput!) {
    signUpPro(input: $input) {
      token
      user {
        id
        email
        firstName
        lastName
        roles
        departmentCode
        activationStatus
        emailConfirmed
      }
    }
  }
`;
const CONFIRM = /* GraphQL */ `
  mutation ($token: String!, $password: String) {
    confirmEmail(token: $token, password: $password) {
      token
      user {
        id
        emailConfirmed
      }
    }
  }
`;
const RESEND = 'mutation { resendEmailConfirmation }';
const ME = 'query { me { id email emailConfirmed } }';
const LOG_IN = 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }';
const REQUEST_ACTIVATION = 'mutation { requestActivation { activationStatus } }';
const BOOK = 'mutation($s: ID!) { bookOffer(stockId: $s) { id } }';
const CREATE_OFFERER = `mutation { createOfferer(input: { siren: "443061841", name: "Librairie" }) { id } }`;

function birthDateAged(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - 10);
  return d.toISOString().slice(0, 10);
}

const PASSWORD = 'une phrase de passe assez longue';

function youngInput(email: string, password = PASSWORD) {
  return {
    email,
    password,
    firstName: 'Léa',
    lastName: 'Martin',
    birthDate: birthDateAged(18),
    postalCode: '93200',
  };
}

let api: TestServer;
let addressCounter = 0;
/** Each sign-up from a loopback address of its own (20 sign-ups per address an hour). */
function from(): string {
  addressCounter++;
  return `127.0.${10 + Math.floor(addressCounter / 200)}.${(addressCounter % 200) + 1}`;
}

type SignUpData = { signUp: { token: string; user: Record<string, unknown> } };

async function signUp(email: string, password = PASSWORD): Promise<GraphQLResponse<SignUpData>> {
  return gqlFrom<SignUpData>(api, from(), SIGN_UP, { input: youngInput(email, password) });
}

/** The shape of a JSON value: its keys and the kind of each leaf, recursively. */
function shapeOf(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, shapeOf(inner)]),
    );
  }
  return typeof value;
}

async function outboxOf(recipient: string): Promise<{ kind: string; user_id: number | null }[]> {
  return api.sql<{ kind: string; user_id: number | null }>(
    'select kind, user_id from outbox_message where recipient = $1 order by id',
    [recipient],
  );
}

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

describe('sign-up with a free or a taken address', () => {
  let ownerId: number;
  beforeAll(async () => {
    ownerId = await insertUser(api, { email: 'pris@exemple.fr', departmentCode: '93' });
  });

  it('answers the same: same shape, same values but the id and token, no error', async () => {
    const fresh = await signUp('libre@exemple.fr');
    const taken = await signUp('PRIS@exemple.fr');
    expect(fresh.errors).toBeUndefined();
    expect(taken.errors).toBeUndefined();
    expect(fresh.status).toBe(taken.status);
    expect(shapeOf(taken.data)).toEqual(shapeOf(fresh.data));
    const { id: freshId, email: freshEmail, ...freshRest } = fresh.data!.signUp.user;
    const { id: takenId, email: takenEmail, ...takenRest } = taken.data!.signUp.user;
    expect(takenRest).toEqual(freshRest);
    expect(freshRest).toMatchObject({ emailConfirmed: false, activationStatus: 'PRE_REGISTERED' });
    expect([freshEmail, takenEmail]).toEqual(['libre@exemple.fr', 'pris@exemple.fr']);
    expect(Number(takenId)).not.toBe(ownerId);
    expect(freshId).not.toBe(takenId);
    for (const res of [fresh, taken]) {
      expect(res.data!.signUp.token).toMatch(/^[\w-]{43}$/);
      const me = await api.gql<{ me: unknown }>(ME, {}, { token: res.data!.signUp.token });
      expect(me.data!.me).toMatchObject({ emailConfirmed: false });
    }
  });

  it('emails a confirmation link to a free address, a notice to the owner of a taken one', async () => {
    expect(await outboxOf('libre@exemple.fr')).toEqual([
      { kind: 'EMAIL_CONFIRMATION', user_id: expect.any(Number) },
    ]);
    expect(await outboxOf('pris@exemple.fr')).toEqual([
      { kind: 'SIGN_UP_ATTEMPT', user_id: ownerId },
    ]);
    const [notice] = await api.sql<{ payload: Record<string, unknown> }>(
      "select payload from outbox_message where kind = 'SIGN_UP_ATTEMPT' and recipient = 'pris@exemple.fr'",
    );
    // Nothing the stranger typed reaches the owner.
    expect(JSON.stringify(notice!.payload)).not.toMatch(/Léa|Martin|phrase/);
  });

  it('hashes the password either way and keeps the owner account as it was', async () => {
    const rows = await api.sql<{ id: number; password_hash: string; confirmed: boolean }>(
      `select id, password_hash, email_confirmed_at is not null as confirmed
         from app_user where email = 'pris@exemple.fr' order by id`,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: ownerId, confirmed: true });
    expect(rows[1]!.confirmed).toBe(false);
    expect(rows[1]!.password_hash).toMatch(/^scrypt\$/);
    // The owner still logs in; the duplicate's password opens nothing.
    expect(errorCode(await api.gql(LOG_IN, { e: 'pris@exemple.fr', p: TEST_PASSWORD }))).toBe(
      undefined,
    );
    expect(errorCode(await api.gql(LOG_IN, { e: 'pris@exemple.fr', p: PASSWORD }))).toBe(
      'INVALID_CREDENTIALS',
    );
  });

  it('never lets the duplicate be confirmed: no link, and a resend only tells the owner again', async () => {
    const [dup] = await api.sql<{ id: number; token_hash: string | null }>(
      `select id, email_confirmation_token_hash as token_hash from app_user
        where email = 'pris@exemple.fr' and email_confirmed_at is null`,
    );
    expect(dup!.token_hash).toBeNull();
    const session = await api.gql<{ logIn: { token: string } }>(LOG_IN, {
      e: 'pris@exemple.fr',
      p: TEST_PASSWORD,
    });
    expect(session.data).toBeTruthy();
    const [dupSession] = await api.sql<{ count: string }>(
      'select count(*) from session where user_id = $1',
      [dup!.id],
    );
    expect(Number(dupSession!.count)).toBe(1);
    // The duplicate's own session asks for the email again: the owner is told again.
    const dupToken = (await signUp('pris@exemple.fr')).data!.signUp.token;
    const resent = await api.gql<{ resendEmailConfirmation: boolean }>(
      RESEND,
      {},
      {
        token: dupToken,
      },
    );
    expect(resent.data?.resendEmailConfirmation).toBe(true);
    const kinds = (await outboxOf('pris@exemple.fr')).map((m) => m.kind);
    expect(kinds).toEqual(['SIGN_UP_ATTEMPT', 'SIGN_UP_ATTEMPT', 'SIGN_UP_ATTEMPT']);
    const [stillPending] = await api.sql<{ count: string }>(
      `select count(*) from app_user where email = 'pris@exemple.fr'
          and email_confirmation_token_hash is not null`,
    );
    expect(Number(stillPending!.count)).toBe(0);
  });

  it('costs about the same time (printed, not asserted)', async () => {
    await insertUser(api, { email: 'mesure@exemple.fr' });
    const times = { free: [] as number[], taken: [] as number[] };
    for (let i = 0; i < 12; i++) {
      for (const kind of ['free', 'taken'] as const) {
        const email = kind === 'free' ? `mesure-${i}@exemple.fr` : 'mesure@exemple.fr';
        const started = performance.now();
        const res = await signUp(email);
        times[kind].push(performance.now() - started);
        expect(res.errors).toBeUndefined();
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    console.log(
      `sign-up timing (12 each, hash cost 10): free address median ${median(times.free).toFixed(1)} ms, ` +
        `taken address median ${median(times.taken).toFixed(1)} ms, ratio ${(median(times.taken) / median(times.free)).toFixed(2)}`,
    );
  });
});

describe('an unconfirmed account', () => {
  it('cannot ask for its credit nor book, until it confirms', async () => {
    const res = await signUp('attente@exemple.fr');
    const token = res.data!.signUp.token;
    const request = await api.gql(REQUEST_ACTIVATION, {}, { token });
    expect(errorCode(request)).toBe('EMAIL_NOT_CONFIRMED');
    expect(request.errors?.[0]?.message).toMatch(/Confirme/);

    const { venueId } = await insertVenue(api);
    const { stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CARTE_MUSEE',
      priceCents: 0,
    });
    const book = await api.gql(BOOK, { s: String(stockId) }, { token });
    expect(errorCode(book)).toBe('EMAIL_NOT_CONFIRMED');
    expect(book.data).toBeNull();
    const [bookings] = await api.sql<{ count: string }>(
      "select count(*) from booking b join app_user u on u.id = b.user_id where u.email = 'attente@exemple.fr'",
    );
    expect(Number(bookings!.count)).toBe(0);

    const confirmed = await api.gql<{ confirmEmail: { user: { emailConfirmed: boolean } } }>(
      CONFIRM,
      { token: await confirmationTokenOf(api, 'attente@exemple.fr') },
      { token },
    );
    expect(confirmed.data?.confirmEmail.user.emailConfirmed).toBe(true);
    expect(errorCode(await api.gql(REQUEST_ACTIVATION, {}, { token }))).toBeUndefined();
    expect(errorCode(await api.gql(BOOK, { s: String(stockId) }, { token }))).toBeUndefined();
  });

  it('cannot log in by password until confirmed, then can', async () => {
    await signUp('plus-tard@exemple.fr');
    expect(errorCode(await api.gql(LOG_IN, { e: 'plus-tard@exemple.fr', p: PASSWORD }))).toBe(
      'INVALID_CREDENTIALS',
    );
    // Another browser: the link asks for the password, then signs in.
    const link = await confirmationTokenOf(api, 'plus-tard@exemple.fr');
    expect(errorCode(await api.gql(CONFIRM, { token: link }))).toBe(
      'CONFIRMATION_PASSWORD_REQUIRED',
    );
    expect(errorCode(await api.gql(CONFIRM, { token: link, password: 'pas le bon' }))).toBe(
      'INVALID_CREDENTIALS',
    );
    const ok = await api.gql<{ confirmEmail: { token: string } }>(CONFIRM, {
      token: link,
      password: PASSWORD,
    });
    expect(ok.errors).toBeUndefined();
    const me = await api.gql<{ me: { emailConfirmed: boolean } }>(
      ME,
      {},
      { token: ok.data!.confirmEmail.token },
    );
    expect(me.data?.me.emailConfirmed).toBe(true);
    expect(errorCode(await api.gql(LOG_IN, { e: 'plus-tard@exemple.fr', p: PASSWORD }))).toBe(
      undefined,
    );
  });
});

describe('confirmation links', () => {
  it('serve once, even sent ten at once', async () => {
    const res = await signUp('une-fois@exemple.fr');
    const session = res.data!.signUp.token;
    const link = await confirmationTokenOf(api, 'une-fois@exemple.fr');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => api.gql(CONFIRM, { token: link }, { token: session })),
    );
    const codes = answers.map((a) => errorCode(a) ?? 'OK').sort();
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFIRMATION_LINK_INVALID')).toHaveLength(9);
    expect(errorCode(await api.gql(CONFIRM, { token: link }, { token: session }))).toBe(
      'CONFIRMATION_LINK_INVALID',
    );
  });

  it('expire', async () => {
    const res = await signUp('expire@exemple.fr');
    const session = res.data!.signUp.token;
    const link = await confirmationTokenOf(api, 'expire@exemple.fr');
    await api.sql(
      `update app_user set email_confirmation_expires_at = now() - interval '1 second'
        where email = 'expire@exemple.fr'`,
    );
    const expired = await api.gql(CONFIRM, { token: link }, { token: session });
    expect(errorCode(expired)).toBe('CONFIRMATION_LINK_INVALID');
    expect(expired.errors?.[0]?.message).toMatch(/n'est plus valable/);
    const [row] = await api.sql<{ confirmed: boolean }>(
      "select email_confirmed_at is not null as confirmed from app_user where email = 'expire@exemple.fr'",
    );
    expect(row!.confirmed).toBe(false);
  });

  it('refuse made-up and malformed tokens alike', async () => {
    for (const token of ['x'.repeat(43), 'court', '', 'a'.repeat(5000)]) {
      expect(errorCode(await api.gql(CONFIRM, { token }))).toBe('CONFIRMATION_LINK_INVALID');
    }
  });

  it('when two people signed up with one free address, the first to confirm keeps it', async () => {
    const owner = (await signUp('convoite@exemple.fr')).data!.signUp.token;
    const ownerLink = await confirmationTokenOf(api, 'convoite@exemple.fr');
    const stranger = (await signUp('convoite@exemple.fr', 'le mot de passe du voisin')).data!.signUp
      .token;
    const strangerLink = await confirmationTokenOf(api, 'convoite@exemple.fr');
    expect(strangerLink).not.toBe(ownerLink);
    // The stranger's link reached the owner's mailbox: without the stranger's session or
    // password it confirms nothing.
    expect(errorCode(await api.gql(CONFIRM, { token: strangerLink, password: PASSWORD }))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(errorCode(await api.gql(CONFIRM, { token: ownerLink }, { token: owner }))).toBe(
      undefined,
    );
    // The stranger's account is gone with its session, and its link with it.
    expect((await api.gql<{ me: unknown }>(ME, {}, { token: stranger })).data?.me).toBeNull();
    expect(errorCode(await api.gql(CONFIRM, { token: strangerLink }, { token: stranger }))).toBe(
      'CONFIRMATION_LINK_INVALID',
    );
    const [count] = await api.sql<{ count: string }>(
      "select count(*) from app_user where email = 'convoite@exemple.fr'",
    );
    expect(Number(count!.count)).toBe(1);
  });
});

describe('resending the confirmation email', () => {
  it(`${CONFIRMATION_RESENDS_PER_HOUR} at most an hour, even asked 12 times at once; the last link only works`, async () => {
    const session = (await signUp('relance@exemple.fr')).data!.signUp.token;
    const first = await confirmationTokenOf(api, 'relance@exemple.fr');
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => api.gql(RESEND, {}, { token: session })),
    );
    const codes = answers.map((a) => errorCode(a) ?? 'OK');
    console.log(
      `resendEmailConfirmation: 12 at once, ${codes.filter((c) => c === 'OK').length} sent, limit ${CONFIRMATION_RESENDS_PER_HOUR}`,
    );
    expect(codes.filter((c) => c === 'OK')).toHaveLength(CONFIRMATION_RESENDS_PER_HOUR);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(
      12 - CONFIRMATION_RESENDS_PER_HOUR,
    );
    expect((await outboxOf('relance@exemple.fr')).length).toBe(1 + CONFIRMATION_RESENDS_PER_HOUR);
    const last = await confirmationTokenOf(api, 'relance@exemple.fr');
    expect(errorCode(await api.gql(CONFIRM, { token: first }, { token: session }))).toBe(
      'CONFIRMATION_LINK_INVALID',
    );
    expect(errorCode(await api.gql(CONFIRM, { token: last }, { token: session }))).toBeUndefined();
  });

  it('needs a session, and does nothing for a confirmed account', async () => {
    expect(errorCode(await api.gql(RESEND))).toBe('UNAUTHENTICATED');
    await insertUser(api, { email: 'deja@exemple.fr' });
    const login = await api.gql<{ logIn: { token: string } }>(LOG_IN, {
      e: 'deja@exemple.fr',
      p: TEST_PASSWORD,
    });
    const res = await api.gql<{ resendEmailConfirmation: boolean }>(
      RESEND,
      {},
      {
        token: login.data!.logIn.token,
      },
    );
    expect(res.data?.resendEmailConfirmation).toBe(true);
    expect(await outboxOf('deja@exemple.fr')).toEqual([]);
  });
});

describe('pro sign-up', () => {
  const proInput = (email: string) => ({
    email,
    password: PASSWORD,
    firstName: 'Louis',
    lastName: 'Bernard',
  });

  it('answers the same for a free and a taken address; no structure before confirmation', async () => {
    await insertUser(api, { email: 'pro-pris@exemple.fr', roles: ['PRO'] });
    type Data = { signUpPro: { token: string; user: Record<string, unknown> } };
    const fresh = await gqlFrom<Data>(api, from(), SIGN_UP_PRO, {
      input: proInput('pro-libre@exemple.fr'),
    });
    const taken = await gqlFrom<Data>(api, from(), SIGN_UP_PRO, {
      input: proInput('pro-pris@exemple.fr'),
    });
    expect(fresh.errors).toBeUndefined();
    expect(taken.errors).toBeUndefined();
    expect(shapeOf(taken.data)).toEqual(shapeOf(fresh.data));
    const { id: _a, email: _b, ...freshRest } = fresh.data!.signUpPro.user;
    const { id: _c, email: _d, ...takenRest } = taken.data!.signUpPro.user;
    expect(takenRest).toEqual(freshRest);
    expect((await outboxOf('pro-libre@exemple.fr')).map((m) => m.kind)).toEqual([
      'EMAIL_CONFIRMATION',
    ]);
    expect((await outboxOf('pro-pris@exemple.fr')).map((m) => m.kind)).toEqual(['SIGN_UP_ATTEMPT']);

    for (const res of [fresh, taken]) {
      const refused = await api.gql(CREATE_OFFERER, {}, { token: res.data!.signUpPro.token });
      expect(errorCode(refused)).toBe('EMAIL_NOT_CONFIRMED');
      expect(refused.errors?.[0]?.message).toMatch(/Confirmez/);
    }
    const session = fresh.data!.signUpPro.token;
    await api.gql(
      CONFIRM,
      { token: await confirmationTokenOf(api, 'pro-libre@exemple.fr') },
      { token: session },
    );
    expect(errorCode(await api.gql(CREATE_OFFERER, {}, { token: session }))).toBeUndefined();
  });
});

describe('the purge of unconfirmed accounts', () => {
  it('deletes accounts left unconfirmed for a week, and nothing else', async () => {
    await signUp('oublie@exemple.fr');
    await signUp('recent@exemple.fr');
    await insertUser(api, { email: 'ancien@exemple.fr' });
    await api.sql(
      `update app_user set created_at = now() - interval '8 days'
        where email in ('oublie@exemple.fr', 'ancien@exemple.fr')`,
    );
    const result = await runRegistrationJobs(api.server.db);
    expect(result.unconfirmedDeleted).toBeGreaterThanOrEqual(1);
    const rows = await api.sql<{ email: string }>(
      `select email from app_user where email in ('oublie@exemple.fr', 'recent@exemple.fr', 'ancien@exemple.fr')
        order by email`,
    );
    expect(rows.map((r) => r.email)).toEqual(['ancien@exemple.fr', 'recent@exemple.fr']);
  });
});
