import { expect, type Page } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
  logIn,
} from '@passculture/schema/testing/playwright';

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

/** Refuses geolocation, then types a town and picks it. */
export async function chooseTownAfterRefusingGeolocation(page: Page, text: string, town: string) {
  await page.context().clearPermissions();
  await page.getByRole('button', { name: 'Utiliser ma position' }).click();
  await expect(page.getByRole('alert')).toContainText("Tu n'as pas autorisé l'accès à ta position");
  await page.getByLabel('Ou indique ta ville ou ton code postal').fill(text);
  await page.getByRole('button', { name: 'Chercher', exact: true }).click();
  await page.getByRole('button', { name: town }).click();
}
