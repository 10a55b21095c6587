import { DEMO_PASSWORD } from '../seeds/demo-accounts.js';

/**
 * The few lines `npm start` prints once the api answers: where each app is, which database,
 * and every demo account of the README (one line each). Scripts read the GraphQL URL and the
 * embedded database's port (scripts/e2e.mjs, api/test): keep `GraphQL <url>/graphql` and
 * `embedded database at <url>`.
 */
export function readyBanner(options: {
  seconds: number;
  url: string;
  database: string;
  accounts: { email: string; short: string }[];
}): string {
  const { seconds, url, database, accounts } = options;
  const lines = [
    '',
    `pass Culture is ready in ${seconds.toFixed(1)} s: ${url}/ (jeunes), /pro/, /admin/`,
    `  GraphQL ${url}/graphql`,
    `  ${database}`,
  ];
  if (accounts.length > 0) {
    const width = Math.max(...accounts.map((account) => account.email.length));
    lines.push(`Demo accounts, password ${DEMO_PASSWORD}:`);
    for (const account of accounts)
      lines.push(`  ${account.email.padEnd(width)}  ${account.short}`);
  }
  return `${lines.join('\n')}\n`;
}
