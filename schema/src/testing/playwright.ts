// Helpers for the apps' Playwright journeys (e2e/*.spec.ts) and configs.
// They use the apps' own devDependencies (@playwright/test, @axe-core/playwright).
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type LaunchOptions, type Page } from '@playwright/test';

/** Debian's Chromium; browsers are never downloaded. */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** Seeded demo accounts (api/seeds); they all share this password. */
export const DEMO_PASSWORD = 'pass-culture-demo';
export const DEMO_ACCOUNTS = {
  youth: 'jeune@passculture.test',
  pro: 'pro@passculture.test',
  admin: 'admin@passculture.test',
} as const;

/** Fills and submits the shared log-in form. */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Runs axe on the current page and fails on any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}
