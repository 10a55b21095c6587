import { expect, test } from '@playwright/test';
import {
  captureScreen,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
  logIn,
  visitScreens,
} from '@passculture/testing/playwright';

// Every main screen of the pro space, captured at 360 and 1280 px: nothing scrolls sideways
// on a phone (tables become cards, the menu folds), and axe finds nothing serious.
test('every main screen fits a phone and a laptop', async ({ page }, testInfo) => {
  const capture = (name: string) => captureScreen(page, `pro-${name}`, testInfo.outputDir);
  await page.goto('/pro/');
  await logIn(page, DEMO_ACCOUNTS.pro, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await capture('home');

  await visitScreens(
    page,
    [
      ['/pro/offres', 'pro-offers'],
      ['/pro/reservations', 'pro-bookings'],
      ['/pro/guichet', 'pro-counter'],
      ['/pro/remboursements', 'pro-reimbursements'],
      ['/pro/import', 'pro-import'],
      ['/pro/cles-api', 'pro-api-keys'],
    ],
    testInfo.outputDir,
  );

  // An offer and its stocks: the table, as cards on a phone.
  await page.goto('/pro/offres');
  await page.locator('.offer-list a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await capture('offer-stocks');

  // On a phone the menu is one button; opened, it lists the links.
  await page.setViewportSize({ width: 360, height: 780 });
  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  await expect(menu.getByRole('link', { name: 'Réservations' })).toBeHidden();
  await menu.getByRole('button', { name: 'Menu' }).click();
  await expect(menu.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  await menu.getByRole('link', { name: 'Réservations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réservations' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Guichet' })).toBeHidden();
  await expectNoSeriousA11yViolations(page);
});
