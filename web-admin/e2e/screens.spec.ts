import { expect, test } from '@playwright/test';
import {
  captureScreen,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  logIn,
  visitScreens,
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

  // The menu: one row at 1280 px; at 360 px it wraps, every link still a 44 px target.
  const menuLinks = page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link');
  const viewport = page.viewportSize();
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    const boxes = await menuLinks.evaluateAll((links) =>
      links.map((link) => link.getBoundingClientRect()).map(({ top, height }) => ({ top, height })),
    );
    expect(boxes).toHaveLength(9);
    if (width === 1280) {
      expect(new Set(boxes.map((box) => box.top)).size, 'one row').toBe(1);
      // Centred like the content: the menu's list starts where <main> does.
      const list = await page
        .getByRole('navigation', { name: 'Menu principal' })
        .getByRole('list')
        .boundingBox();
      const main = await page.getByRole('main').boundingBox();
      expect(Math.abs((list?.x ?? 0) - (main?.x ?? -100))).toBeLessThanOrEqual(1);
    } else {
      // A few rows, not one line per section.
      expect(new Set(boxes.map((box) => box.top)).size).toBeLessThanOrEqual(4);
    }
    for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(44);
  }
  if (viewport) await page.setViewportSize(viewport);

  await visitScreens(
    page,
    [
      ['/admin/activations', 'admin-activations'],
      ['/admin/departements', 'admin-departments'],
      ['/admin/structures', 'admin-offerers'],
      ['/admin/moderation', 'admin-moderation'],
      ['/admin/personnes', 'admin-people'],
      ['/admin/journal', 'admin-audit-log'],
      ['/admin/emails', 'admin-emails'],
    ],
    testInfo.outputDir,
  );
});
