import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/demo-accounts.js';
import { readyBanner } from '../../src/ready-banner.js';

/** The emails of the README's « Demo accounts » table. */
function readmeAccounts(): string[] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(
    readme.indexOf('### Demo accounts'),
    readme.indexOf('## Configuration'),
  );
  return [...section.matchAll(/^\|\s*`([^`]+@[^`]+)`/gm)].map((match) => match[1]!);
}

describe('the ready banner', () => {
  const banner = readyBanner({
    seconds: 4.25,
    url: 'http://127.0.0.1:4000',
    database:
      'embedded database at postgresql://postgres@127.0.0.1:5555/postgres (data in .data/pglite)',
    accounts: DEMO_ACCOUNTS,
  });

  it('lists every demo account of the README, one short line each, with the password', () => {
    const emails = readmeAccounts();
    expect(emails).toHaveLength(9);
    expect(DEMO_ACCOUNTS.map((account) => account.email)).toEqual(emails);
    for (const email of emails)
      expect(banner).toMatch(new RegExp(`^  ${email.replace('.', '\\.')}\\s+\\S`, 'm'));
    expect(banner).toContain(DEMO_PASSWORD);
    for (const line of banner.split('\n')) expect(line.length, line).toBeLessThanOrEqual(120);
  });

  it('says where the apps, GraphQL and the database are, in what scripts read', () => {
    expect(banner).toContain('ready in 4.3 s');
    expect(/GraphQL\s+(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(banner)?.[1]).toBe(
      'http://127.0.0.1:4000',
    );
    expect(/embedded database at postgresql:\/\/\S+:(\d+)\//.exec(banner)?.[1]).toBe('5555');
  });

  it('lists no account when the demo is not seeded', () => {
    expect(
      readyBanner({ seconds: 1, url: 'http://x', database: 'db', accounts: [] }),
    ).not.toContain('Demo');
  });
});
