import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/modules/identity/password.js';
import { confirmEmail } from '../support/fixtures.js';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';

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
const LOG_IN = /* GraphQL */ `
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      token
      user {
        id
        email
      }
    }
  }
`;
const ME = /* GraphQL */ `
  query {
    me {
      id
      email
      roles
      departmentCode
      activationStatus
    }
  }
`;

/** Someone who turns 17 this year: old enough to pre-register. */
function birthDateAged(years: number): string {
  const d = new Date();
  return `${d.getUTCFullYear() - years}-01-01`;
}

const validInput = (overrides: Record<string, string> = {}) => ({
  email: 'Camille.Dupont@Exemple.fr',
  password: 'une longue phrase de passe',
  firstName: 'Camille',
  lastName: 'Dupont',
  birthDate: birthDateAged(18),
  postalCode: '93200',
  ...overrides,
});

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

describe('signUp', () => {
  it('pre-registers a young person, derives the department and grants no credit', async () => {
    const res = await api.gql<{ signUp: { token: string; user: Record<string, unknown> } }>(
      SIGN_UP,
      {
        input: validInput(),
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.signUp.token).toMatch(/^[\w-]{43}$/);
    expect(res.data?.signUp.user).toMatchObject({
      email: 'camille.dupont@exemple.fr',
      roles: [],
      departmentCode: '93',
      activationStatus: 'PRE_REGISTERED',
      emailConfirmed: false,
      wallet: null,
    });
    const [deposits] = await api.sql<{ count: string }>('select count(*) from deposit');
    expect(Number(deposits!.count)).toBe(0);
    // Confirmed through the emailed link, from the browser that signed up.
    await confirmEmail(api, 'camille.dupont@exemple.fr', res.data!.signUp.token);
  });

  it.each([
    ['20090', '2A'],
    ['20290', '2B'],
    ['97310', '973'],
    ['97400', '974'],
    ['01000', '01'],
  ])('derives department %s → %s', async (postalCode, department) => {
    const res = await api.gql<{ signUp: { user: { departmentCode: string } } }>(SIGN_UP, {
      input: validInput({ email: `dept-${postalCode}@exemple.fr`, postalCode }),
    });
    expect(res.data?.signUp.user.departmentCode).toBe(department);
  });

  it('never says an email is taken, whatever its case: an unconfirmed account, the owner told', async () => {
    const res = await api.gql<{ signUp: { user: { email: string; emailConfirmed: boolean } } }>(
      SIGN_UP,
      { input: validInput({ email: 'CAMILLE.DUPONT@exemple.FR' }) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.signUp.user).toMatchObject({
      email: 'camille.dupont@exemple.fr',
      emailConfirmed: false,
    });
    const kinds = await api.sql<{ kind: string }>(
      "select kind from outbox_message where recipient = 'camille.dupont@exemple.fr' order by id",
    );
    expect(kinds.map((k) => k.kind)).toEqual(['EMAIL_CONFIRMATION', 'SIGN_UP_ATTEMPT']);
  });

  it.each([
    ['postalCode', { postalCode: '99999' }],
    ['postalCode', { postalCode: 'abc' }],
    ['birthDate', { birthDate: '2008-02-30' }],
    ['password', { password: 'court' }],
    ['email', { email: 'pas-une-adresse' }],
    ['firstName', { firstName: '   ' }],
  ])('refuses a bad %s with BAD_USER_INPUT and a French message', async (field, overrides) => {
    const res = await api.gql(SIGN_UP, {
      input: validInput({ email: `bad-${field}@exemple.fr`, ...overrides }),
    });
    expect(res.status).toBe(200);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0]?.extensions?.fields as Record<string, string>;
    expect(fields).toHaveProperty(field);
    expect(res.errors?.[0]?.message).toBe(fields[field]);
    expect(res.errors?.[0]?.message).toMatch(/^(Ce|Cette|La|Le|Indique) /);
  });

  it('refuses people too young or too old with NOT_ELIGIBLE', async () => {
    const young = await api.gql(SIGN_UP, {
      input: validInput({ email: 'young@exemple.fr', birthDate: birthDateAged(13) }),
    });
    expect(errorCode(young)).toBe('NOT_ELIGIBLE');
    const old = await api.gql(SIGN_UP, {
      input: validInput({ email: 'old@exemple.fr', birthDate: birthDateAged(25) }),
    });
    expect(errorCode(old)).toBe('NOT_ELIGIBLE');
    const [users] = await api.sql<{ count: string }>(
      "select count(*) from app_user where email in ('young@exemple.fr', 'old@exemple.fr')",
    );
    expect(Number(users!.count)).toBe(0);
  });

  it('stores a salted scrypt hash, never the password', async () => {
    const [row] = await api.sql<{ password_hash: string }>(
      "select password_hash from app_user where email = 'camille.dupont@exemple.fr' and email_confirmed_at is not null",
    );
    expect(row!.password_hash).toMatch(/^scrypt\$/);
    expect(row!.password_hash).not.toContain('une longue phrase');
  });
});

describe('logIn, me and logOut', () => {
  it('logs in with any case of the email and answers me with the Bearer token', async () => {
    const res = await api.gql<{ logIn: { token: string } }>(LOG_IN, {
      email: 'camille.DUPONT@exemple.fr',
      password: 'une longue phrase de passe',
    });
    expect(res.errors).toBeUndefined();
    const me = await api.gql<{ me: { email: string; departmentCode: string } }>(
      ME,
      {},
      { token: res.data!.logIn.token },
    );
    expect(me.data?.me).toMatchObject({ email: 'camille.dupont@exemple.fr', departmentCode: '93' });
  });

  it('sets an httpOnly SameSite=Lax cookie that authenticates the web apps', async () => {
    const res = await api.gql(LOG_IN, {
      email: 'camille.dupont@exemple.fr',
      password: 'une longue phrase de passe',
    });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^pc_session=[\w-]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0]!;
    const me = await api.gql<{ me: { email: string } | null }>(ME, {}, { cookie });
    expect(me.data?.me?.email).toBe('camille.dupont@exemple.fr');
  });

  it('refuses a wrong password and an unknown email with the same error', async () => {
    const wrong = await api.gql(LOG_IN, {
      email: 'camille.dupont@exemple.fr',
      password: 'mauvais mot de passe',
    });
    const unknown = await api.gql(LOG_IN, {
      email: 'personne@exemple.fr',
      password: 'mauvais mot de passe',
    });
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(errorCode(unknown)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('answers me with null when anonymous or with an unknown token', async () => {
    expect((await api.gql(ME)).data).toEqual({ me: null });
    expect((await api.gql(ME, {}, { token: 'not-a-real-token' })).data).toEqual({ me: null });
  });

  it('revokes the session on logOut', async () => {
    const res = await api.gql<{ logIn: { token: string } }>(LOG_IN, {
      email: 'camille.dupont@exemple.fr',
      password: 'une longue phrase de passe',
    });
    const token = res.data!.logIn.token;
    const out = await api.gql<{ logOut: boolean }>('mutation { logOut }', {}, { token });
    expect(out.data?.logOut).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/pc_session=;/);
    expect((await api.gql(ME, {}, { token })).data).toEqual({ me: null });
    const again = await api.gql<{ logOut: boolean }>('mutation { logOut }', {}, { token });
    expect(again.data?.logOut).toBe(false);
  });

  it('forgets an expired session', async () => {
    const res = await api.gql<{ logIn: { token: string } }>(LOG_IN, {
      email: 'camille.dupont@exemple.fr',
      password: 'une longue phrase de passe',
    });
    const token = res.data!.logIn.token;
    await api.sql(
      "update session set expires_at = now() - interval '1 second' where id = (select max(id) from session)",
    );
    expect((await api.gql(ME, {}, { token })).data).toEqual({ me: null });
  });
});

describe('roles', () => {
  const DEPARTMENTS = 'query { departments { code name isOpen preRegistered } }';

  async function userWithRoles(email: string, roles: string[]): Promise<string> {
    const hash = await hashPassword('mot de passe de test', 10);
    await api.sql(
      `insert into app_user (email, password_hash, first_name, last_name, roles) values ($1, $2, 'Test', 'Test', $3)`,
      [email, hash, `{${roles.join(',')}}`],
    );
    const res = await api.gql<{ logIn: { token: string } }>(LOG_IN, {
      email,
      password: 'mot de passe de test',
    });
    return res.data!.logIn.token;
  }

  it('asks anonymous callers to log in', async () => {
    const res = await api.gql(DEPARTMENTS);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toMatch(/connecter/);
  });

  it('forbids callers without the role', async () => {
    const token = await userWithRoles('pro@exemple.fr', ['PRO']);
    expect(errorCode(await api.gql(DEPARTMENTS, {}, { token }))).toBe('FORBIDDEN');
  });

  it('lets admins in', async () => {
    const token = await userWithRoles('admin@exemple.fr', ['ADMIN']);
    const res = await api.gql<{
      departments: { code: string; isOpen: boolean; preRegistered: number }[];
    }>(DEPARTMENTS, {}, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.departments).toHaveLength(106); // 101 departments and 5 overseas collectivities
    expect(res.data?.departments.filter((d) => d.isOpen)).toHaveLength(14);
    expect(res.data?.departments.find((d) => d.code === '93')?.preRegistered).toBe(1);
  });
});

describe('requestActivation and me.department', () => {
  const REQUEST =
    'mutation { requestActivation { activationStatus department { code name isOpen } } }';
  async function signUpAs(email: string, overrides: Record<string, string>): Promise<string> {
    const res = await api.gql<{ signUp: { token: string } }>(SIGN_UP, {
      input: validInput({ email, ...overrides }),
    });
    await confirmEmail(api, email, res.data!.signUp.token);
    return res.data!.signUp.token;
  }

  it('records the request of an 18-year-old of an open department, once', async () => {
    const token = await signUpAs('demande@exemple.fr', { postalCode: '93200' });
    const res = await api.gql<{ requestActivation: unknown }>(REQUEST, {}, { token });
    expect(res.data?.requestActivation).toEqual({
      activationStatus: 'REQUESTED',
      department: { code: '93', name: 'Seine-Saint-Denis', isOpen: true },
    });
    expect((await api.gql(REQUEST, {}, { token })).errors).toBeUndefined();
    const [row] = await api.sql<{ activation_requested_at: string | null }>(
      "select activation_requested_at from app_user where email = 'demande@exemple.fr'",
    );
    expect(row!.activation_requested_at).not.toBeNull();
  });

  it('explains why it cannot be asked yet: department closed, or not 18', async () => {
    const paris = await signUpAs('paris@exemple.fr', { postalCode: '75011' });
    const closed = await api.gql(REQUEST, {}, { token: paris });
    expect(errorCode(closed)).toBe('NOT_ELIGIBLE');
    expect(closed.errors?.[0]?.message).toMatch(/pas encore ouvert/);
    const young = await signUpAs('jeune17@exemple.fr', { birthDate: birthDateAged(17) });
    const tooYoung = await api.gql(REQUEST, {}, { token: young });
    expect(errorCode(tooYoung)).toBe('NOT_ELIGIBLE');
    expect(tooYoung.errors?.[0]?.message).toMatch(/18 ans/);
    expect(errorCode(await api.gql(REQUEST))).toBe('UNAUTHENTICATED');
  });
});
