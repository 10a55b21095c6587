import { expect, test } from '@playwright/test';
import { recordTransfers, transferReport } from '@passculture/testing/playwright';

// What a young person's phone downloads: the first visit within 160 KB (precompressed
// brotli), and a repeat visit only the page itself, every hashed file coming from the cache.
// The service worker is kept out so that the browser's HTTP cache alone is measured (with
// it, a repeat visit downloads nothing but the api's answers); its own precaching happens
// after the first screen, in the background.
test.use({ serviceWorkers: 'block' });

const FIRST_LOAD_BUDGET = 160 * 1024;
const isApi = (url: string) => new URL(url).pathname.startsWith('/graphql');

test('the first visit moves at most 160 KB, compressed; a repeat visit only the page', async ({
  page,
}) => {
  const first = await recordTransfers(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Connecte-toi' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const firstLoad = await first.stop();
  const report = transferReport(firstLoad);
  console.log(`web-youth first load:\n${report.table}`);
  expect(report.total, report.table).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);

  const assets = firstLoad.filter((t) => /\/assets\/.+\.(js|css)$/.test(new URL(t.url).pathname));
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    expect(asset.encoding, asset.url).toBe('br');
    expect(asset.cacheControl, asset.url).toBe('public, max-age=31536000, immutable');
  }
  const document = firstLoad.find((t) => new URL(t.url).pathname === '/');
  expect(document?.cacheControl).toBe('no-cache');

  // A repeat visit, in a new tab of the same browser.
  const again = await page.context().newPage();
  const repeat = await recordTransfers(again);
  await again.goto('/');
  await expect(again.getByRole('heading', { level: 1, name: 'Connecte-toi' })).toBeVisible();
  await again.waitForLoadState('networkidle');
  const repeatLoad = await repeat.stop();
  const fromNetwork = repeatLoad.filter((t) => !t.fromCache && !isApi(t.url));
  expect(
    fromNetwork.map((t) => new URL(t.url).pathname),
    transferReport(repeatLoad).table,
  ).toEqual(['/']);
});
