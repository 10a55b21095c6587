import { expect, test, type Page } from '@playwright/test';
import {
  captureScreen as captureScreenAt,
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
  // A polite warning (role status), with the way on: the town field below.
  await expect(
    page.getByRole('status').filter({ hasText: "Tu n'as pas autorisé l'accès à ta position" }),
  ).toBeVisible();
  const field = page.getByRole('combobox', { name: 'Ou indique ta ville ou ton code postal' });
  await field.fill(text);
  if (how === 'search') {
    await page.getByRole('button', { name: 'Chercher', exact: true }).click();
    return;
  }
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('option', { name: town, exact: true }).click();
}

/** The shared capture (360 and 1280 px, no sideways scroll) into this project's output folder. */
export async function captureScreen(page: Page, name: string): Promise<void> {
  await captureScreenAt(page, name, test.info().project.outputDir);
}
