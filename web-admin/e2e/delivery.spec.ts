import { expect, test } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  logIn,
  recordTransfers,
  transferReport,
} from '@passculture/testing/playwright';

// The ministry's dashboard, from an empty cache through the log-in: at most 450 KB on the
// wire (scripts and styles precompressed with brotli, fonts in woff2, the map lazy).
const DASHBOARD_BUDGET = 450 * 1024;

test('opening the dashboard moves at most 450 KB', async ({ page }) => {
  const recording = await recordTransfers(page);
  await page.goto('/admin/');
  await logIn(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const transfers = await recording.stop();
  const report = transferReport(transfers);
  console.log(`web-admin dashboard:\n${report.table}`);
  expect(report.total, report.table).toBeLessThanOrEqual(DASHBOARD_BUDGET);
  for (const script of transfers.filter((t) => /\/assets\/.+\.(js|css)$/.test(t.url))) {
    expect(script.encoding, script.url).toBe('br');
    expect(script.cacheControl, script.url).toBe('public, max-age=31536000, immutable');
  }
});
