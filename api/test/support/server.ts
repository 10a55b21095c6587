import 'reflect-metadata';
import http from 'node:http';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { createTestDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  headers: Headers;
}

export interface TestServer {
  url: string;
  server: RunningServer;
  /** SQL on the api's own pool (`$1` placeholders), for arranging and checking data. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; cookie?: string },
  ): Promise<GraphQLResponse<T>>;
  /** SQL statements sent since the server started (migrations aside). */
  queryCount(): number;
  close(): Promise<void>;
}

/** The real api over HTTP on a fresh database of its own. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const config = parseConfig({
    NODE_ENV: 'test',
    ...database.env,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    PASSWORD_HASH_COST: '10',
    SEED_DEMO: 'false',
    JOBS_INTERVAL_SECONDS: '0',
    ...env,
  });
  let queries = 0;
  const server = await startServer(config, createLogger(config), {
    onQuery: () => {
      queries++;
    },
  });
  return {
    queryCount: () => queries,
    url: server.url,
    server,
    sql: (query, params = []) => server.db.query(query, params),
    async gql(query, variables, options = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.cookie) headers.cookie = options.cookie;
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
      return { status: response.status, headers: response.headers, ...body } as never;
    },
    async close() {
      await server.close();
      await database.drop();
    },
  };
}

/** The error code of the first GraphQL error, for terse assertions. */
export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** A request from another loopback address (127.0.0.0/8), so limits per address can be told apart. */
export function gqlFrom<T>(
  api: TestServer,
  address: string,
  query: string,
  variables: Record<string, unknown>,
  options: { token?: string } = {},
): Promise<GraphQLResponse<T>> {
  const url = new URL(`${api.url}/graphql`);
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: address,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: new Headers(),
            ...JSON.parse(body),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}
