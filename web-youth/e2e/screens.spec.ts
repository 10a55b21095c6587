import { expect, test } from '@playwright/test';
import { captureScreen, visitScreens } from '@passculture/testing/playwright';
import { blockMapTiles, logInAsCamille } from './helpers';

// Every main screen of the young people's app, captured at 360 and 1280 px: nothing scrolls
// sideways on a phone, and axe finds nothing serious.
test('every main screen fits a phone and a laptop', async ({ page }, testInfo) => {
  const capture = (name: string) => captureScreen(page, `youth-${name}`, testInfo.outputDir);
  await blockMapTiles(page);
  await page.goto('/connexion');
  await capture('login');
  await logInAsCamille(page);
  await page.waitForLoadState('networkidle');
  await capture('home');

  // The header is one short line on a phone (log-out is in the profile).
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 800 });
  const header = await page.getByRole('banner').boundingBox();
  expect(header?.height).toBeLessThanOrEqual(48);
  if (viewport) await page.setViewportSize(viewport);

  await visitScreens(
    page,
    [
      ['/recherche', 'youth-search'],
      ['/reservations', 'youth-bookings'],
      ['/favoris', 'youth-favorites'],
      ['/profil', 'youth-profile'],
    ],
    testInfo.outputDir,
  );
});
