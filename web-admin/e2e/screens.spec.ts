import { expect, test } from '@playwright/test';
import {
  captureScreen,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
  logIn,
} from '@passculture/testing/playwright';

// Every main screen of the back office, captured at 360 and 1280 px: nothing scrolls
// sideways on a phone, and axe finds nothing serious.
test('every main screen fits a phone and a laptop', async ({ page }, testInfo) => {
  const capture = (name: string) => captureScreen(page, `admin-${name}`, testInfo.outputDir);
  await page.goto('/admin/');
  await logIn(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await capture('dashboard');

  for (const [path, name] of [
    ['/admin/activations', 'activations'],
    ['/admin/departements', 'departments'],
    ['/admin/structures', 'offerers'],
    ['/admin/moderation', 'moderation'],
    ['/admin/personnes', 'people'],
    ['/admin/journal', 'audit-log'],
    ['/admin/emails', 'emails'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await capture(name);
    await expectNoSeriousA11yViolations(page);
  }
});
