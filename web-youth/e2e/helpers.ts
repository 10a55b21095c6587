import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
  logIn,
} from '@passculture/testing/playwright';

export { expectNoSeriousA11yViolations };

/** Logs the demo young person (Camille, Saint-Denis) in and waits for the home. */
export async function logInAsCamille(page: Page): Promise<void> {
  await page.goto('/connexion');
  await logIn(page, DEMO_ACCOUNTS.youth, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Camille' })).toBeVisible();
}

/** No map tiles here (no internet): make their failure immediate and deterministic. */
export async function blockMapTiles(page: Page): Promise<void> {
  await page.route(/tile\.openstreetmap\.org|\{s\}\.tile/, (route) => route.abort());
}

/**
 * Refuses geolocation, then types a town and picks it: among the suggestions shown as one
 * types (`suggestion`), or with « Chercher » when `text` matches that one town only
 * (`search`: chosen at once, no list to click).
 */
export async function chooseTownAfterRefusingGeolocation(
  page: Page,
  text: string,
  town: string,
  how: 'suggestion' | 'search' = 'suggestion',
) {
  await page.context().clearPermissions();
  await page.getByRole('button', { name: 'Utiliser ma position' }).click();
  await expect(page.getByRole('alert')).toContainText("Tu n'as pas autorisé l'accès à ta position");
  const field = page.getByRole('combobox', { name: 'Ou indique ta ville ou ton code postal' });
  await field.fill(text);
  if (how === 'search') {
    await page.getByRole('button', { name: 'Chercher', exact: true }).click();
    return;
  }
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('option', { name: town, exact: true }).click();
}

/** The widths the main screens are captured at: a small phone, and a laptop. */
const SCREENSHOT_WIDTHS = [360, 1280] as const;

/**
 * Saves the current screen at 360 px and 1280 px wide into
 * `test-results/screenshots/<name>-<width>.png` (kept out of git), then puts
 * the page back to its own viewport so the journey goes on unchanged.
 */
export async function captureScreen(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  const dir = join(test.info().project.outputDir, 'screenshots');
  for (const width of SCREENSHOT_WIDTHS) {
    await page.setViewportSize({ width, height: original?.height ?? 800 });
    // Let the layout settle at the new width before capturing it.
    await page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())),
    );
    await page.screenshot({
      path: join(dir, `${name}-${width}.png`),
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
    });
  }
  if (original) await page.setViewportSize(original);
}
