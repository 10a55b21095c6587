import { expect, test } from '@playwright/test';
import {
  blockMapTiles,
  captureScreen,
  chooseTownAfterRefusingGeolocation,
  expectNoSeriousA11yViolations,
  logInAsCamille,
} from './helpers';

test('Camille discovers offers on her home, then one at a time, and shares one', async ({
  page,
  context,
}) => {
  await blockMapTiles(page);
  await logInAsCamille(page);

  // No place yet: national and digital offers, and an invitation to choose one.
  await expect(
    page.getByText('Dis-nous où tu es pour voir ce qui se passe près de chez toi'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Nouveautés' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Près de toi' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'discovery-home-no-place');

  // With a place: « Près de toi » with distances, the other modules below.
  await chooseTownAfterRefusingGeolocation(page, '93200', 'Saint-Denis (93200)');
  await page.goto('/');
  const near = page.getByRole('region', { name: 'Près de toi' });
  await expect(near).toBeVisible();
  await expect(near.locator('.home-card').first()).toBeVisible();
  await expect(near.locator('.home-card-where').first()).toContainText(
    /à (moins de )?\d+(,\d)? (m|km)/,
  );
  const cards = await page.locator('.home-card').count();
  expect(cards).toBeGreaterThan(3);
  // Every card opens its offer with the keyboard.
  await near.getByRole('link').first().focus();
  await expect(near.getByRole('link').first()).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'discovery-home');

  // Découvrir: one offer at a time, arrow keys to pass, keep, open.
  await page.getByRole('link', { name: 'Découvrir une offre à la fois' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Découvrir' })).toBeVisible();
  const status = page.getByRole('status').filter({ hasText: /^Offre \d+ sur \d+/ });
  await expect(status).toContainText(/^Offre 1 sur \d+ : /);
  const first = await page.locator('#discover-title').textContent();
  await page.keyboard.press('ArrowLeft');
  await expect(status).toContainText(/^Offre 2 sur \d+ : /);
  await expect(page.locator('#discover-title')).not.toHaveText(first!);
  await page.getByRole('button', { name: /Passer/ }).click();
  await expect(status).toContainText(/^Offre 3 sur \d+ : /);
  const kept = (await page.locator('#discover-title').textContent())!;
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.discover-message')).toHaveText(`« ${kept} » ajoutée à tes favoris.`);
  await expect(page.getByRole('button', { name: /Dans tes favoris/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'discover');

  // Share: no share sheet here, so the link is copied.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => {
    // Headless Chromium may expose navigator.share: take the copy path, as most desktops do.
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
  });
  await page.getByRole('button', { name: `Partager : ${kept}` }).click();
  await expect(page.getByText('Lien copié : colle-le où tu veux.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/offre\/\d+$/);

  // The shared link, fetched as a messaging app would: its preview is in the page.
  const preview = await page.request.get(copied, { headers: { accept: 'text/html' } });
  expect(preview.status()).toBe(200);
  const html = await preview.text();
  expect(html).toContain('<meta property="og:title" content=');
  expect(html).toMatch(/<meta name="twitter:card" content="summary(_large_image)?">/);

  // ↑ opens the offer; the favorite is there.
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('heading', { level: 1, name: kept })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retirer des favoris' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Partager : ${kept}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The link opened directly loads the app on the same offer.
  await page.goto(new URL(copied).pathname);
  await expect(page.getByRole('heading', { level: 1, name: kept })).toBeVisible();
});
