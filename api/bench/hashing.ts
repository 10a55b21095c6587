/**
 * npm run bench:hashing — a burst of 100 password-hashing requests (50 sign-ups with a taken
 * email from 50 addresses, 50 password changes with a wrong current password over 10
 * accounts, all at once) against the built api at the default hash cost, while a person
 * logs in normally. Prints the log-in latency under the burst against the same log-in on
 * the idle api (the floor), how the burst was answered, and the api's peak resident memory
 * before and after.
 */
import 'reflect-metadata';
import http from 'node:http';
import { migrate, openOrm } from '../src/db/orm.js';
import { hashPassword } from '../src/modules/identity/password.js';
import { hashSessionToken, newSessionToken } from '../src/modules/identity/session-token.js';
import { dropDatabase, peakRssMb, recreateDatabase, startApi, withClient } from './support.js';

const DB_NAME = 'pc_bench_hashing';
/** The api's default (config.ts): the bench measures what production runs. */
const COST = 15;
const PASSWORD = 'une phrase de passe solide';
const SIGN_UPS = Number(process.env.BENCH_SIGN_UPS ?? 50);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 50);
const CHANGE_ACCOUNTS = 10;
const LOG_INS = 5;

interface Answer {
  ms: number;
  code: string;
}

/** One GraphQL request from a given loopback address (limits per address see distinct callers). */
function post(
  url: string,
  address: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Answer> {
  const target = new URL(`${url}/graphql`);
  const payload = JSON.stringify({ query, variables });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        localAddress: address,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
          resolve({
            ms: performance.now() - started,
            code: parsed.errors?.[0]?.extensions?.code ?? 'OK',
          });
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

const LOG_IN = 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }';
const SIGN_UP = 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }';
const CHANGE =
  'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

function tally(answers: Answer[]): string {
  const counts: Record<string, number> = {};
  for (const a of answers) counts[a.code] = (counts[a.code] ?? 0) + 1;
  return Object.entries(counts)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
}

async function prepare(url: string): Promise<string[]> {
  const orm = await openOrm({ url, poolMax: 2, log: () => undefined });
  await migrate(orm);
  await orm.close();
  const hash = await hashPassword(PASSWORD, COST);
  return withClient(url, async (client) => {
    await client.query(
      `insert into app_user (email, password_hash, first_name, last_name)
       values ('connexion@bench.test', $1, 'Léa', 'Normale'), ('prise@bench.test', $1, 'Adresse', 'Prise')`,
      [hash],
    );
    const sessions: string[] = [];
    for (let i = 0; i < CHANGE_ACCOUNTS; i++) {
      const {
        rows: [user],
      } = await client.query<{ id: number }>(
        `insert into app_user (email, password_hash, first_name, last_name)
         values ($1, $2, 'Compte', 'Visé') returning id`,
        [`change${i}@bench.test`, hash],
      );
      const token = newSessionToken();
      await client.query(
        `insert into session (user_id, token_hash, expires_at) values ($1, $2, now() + interval '1 day')`,
        [user!.id, hashSessionToken(token)],
      );
      sessions.push(token);
    }
    return sessions;
  });
}

function birthDate18(): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - 18);
  d.setUTCDate(d.getUTCDate() - 10);
  return d.toISOString().slice(0, 10);
}

async function main() {
  const url = await recreateDatabase(DB_NAME);
  try {
    console.log(`preparing accounts (scrypt cost ${COST})…`);
    const sessions = await prepare(url);
    const api = await startApi(url, { PASSWORD_HASH_COST: String(COST) });
    try {
      const logIn = (i: number) =>
        post(api.url, `127.0.3.${i + 1}`, LOG_IN, { e: 'connexion@bench.test', p: PASSWORD });
      // Floor: the same log-in on the idle api (first one warms the schema and the pool).
      await logIn(0);
      const idle: number[] = [];
      for (let i = 0; i < 3; i++) idle.push((await logIn(i)).ms);
      const rssIdle = peakRssMb(api.child.pid!);

      const signUpInput = (birthDate: string) => ({
        email: 'prise@bench.test',
        password: 'une autre phrase de passe',
        firstName: 'Intrus',
        lastName: 'Pressé',
        birthDate,
        postalCode: '93200',
      });
      /** 100 requests at once while LOG_INS log-ins are sent 150 ms apart. */
      const underLoad = async (birthDate: string, hashing: boolean) => {
        const started = performance.now();
        const burst = [
          ...Array.from({ length: SIGN_UPS }, (_, i) =>
            post(api.url, `127.0.2.${i + 1}`, SIGN_UP, { i: signUpInput(birthDate) }),
          ),
          ...Array.from({ length: CHANGES }, (_, i) =>
            post(
              api.url,
              '127.0.2.200',
              hashing ? CHANGE : '{ me { id } }',
              hashing ? { c: `mauvais ${i}`, n: 'nouvelle phrase de passe' } : {},
              sessions[i % CHANGE_ACCOUNTS],
            ),
          ),
        ];
        const logIns: Promise<Answer>[] = [];
        for (let i = 0; i < LOG_INS; i++) {
          logIns.push(logIn(10 + i));
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
        return {
          logIns: await Promise.all(logIns),
          answers: await Promise.all(burst),
          seconds: (performance.now() - started) / 1000,
        };
      };
      // Second floor: 100 requests through the same pipeline that hash nothing (sign-ups
      // refused for their birth date, \`me\` with the sessions): what the burst costs the
      // log-in besides hashing, on this machine now.
      const cheap = await underLoad('pas une date', false);
      const hashing = await underLoad(birthDate18(), true);
      const { answers: burstAnswers, logIns, seconds: burstSeconds } = hashing;
      const rssAfter = peakRssMb(api.child.pid!);

      const worst = Math.max(...logIns.map((a) => a.ms));
      const idleMedian = idle.sort((a, b) => a - b)[1]!;
      console.log(
        `hash cost            scrypt N=2^${COST}, r=8 (${(128 * 8 * 2 ** COST) / 2 ** 20} MiB each)`,
      );
      console.log(
        `burst                ${burstAnswers.length} hashing requests at once, served in ${burstSeconds.toFixed(1)} s`,
      );
      console.log(`  sign-ups (taken)   ${tally(burstAnswers.slice(0, SIGN_UPS))}`);
      console.log(`  changePassword     ${tally(burstAnswers.slice(SIGN_UPS))}`);
      console.log(`log-in idle (floor)  ${idleMedian.toFixed(0)} ms (median of 3)`);
      console.log(
        `log-in under burst   ${logIns.map((a) => `${a.ms.toFixed(0)} ms ${a.code}`).join(', ')}`,
      );
      console.log(`worst log-in         ${worst.toFixed(0)} ms (target < 2000 ms)`);
      const cheapWorst = Math.max(...cheap.logIns.map((a) => a.ms));
      console.log(
        `log-in under 100 requests that hash nothing: worst ${cheapWorst.toFixed(0)} ms (${tally(cheap.answers)})`,
      );
      console.log(`burst / idle floor   ${(worst / idleMedian).toFixed(2)}×`);
      console.log(`burst / no-hash floor ${(worst / cheapWorst).toFixed(2)}×`);
      console.log(
        `peak RSS             ${rssIdle?.toFixed(0)} MB idle → ${rssAfter?.toFixed(0)} MB after the burst`,
      );
      if (logIns.some((a) => a.code !== 'OK'))
        throw new Error('a normal log-in failed under the burst');
    } finally {
      await api.stop();
    }
  } finally {
    await dropDatabase(DB_NAME);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
