import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
  logIn,
} from '@passculture/testing/playwright';

/** Saves the screen at 360 and 1280 px into test-results/screenshots/<name>-<width>.png. */
async function captureScreen(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  const dir = join(test.info().project.outputDir, 'screenshots');
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: original?.height ?? 800 });
    await page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())),
    );
    await page.screenshot({
      path: join(dir, `${name}-${width}.png`),
      fullPage: true,
      animations: 'disabled',
    });
  }
  if (original) await page.setViewportSize(original);
}

test('an admin reads diversity, builds a selection, and a young person of 93 sees it on her home', async ({
  page,
}) => {
  await page.goto('/admin/connexion');
  await logIn(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();

  // Diversity of practice, from the refreshed rollups.
  await page.getByRole('button', { name: 'Actualiser les chiffres' }).click();
  await expect(page.getByText('Les chiffres sont à jour.')).toBeVisible();
  const diversity = page.getByRole('region', { name: 'Diversité des pratiques — France entière' });
  await expect(diversity).toBeVisible();
  await expect(diversity.getByText('jeunes ayant réservé', { exact: true })).toBeVisible();
  await expect(diversity.getByText('catégories en moyenne par jeune')).toBeVisible();
  await expect(diversity.getByRole('table')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await diversity.scrollIntoViewIfNeeded();
  await captureScreen(page, 'admin-dashboard-diversity');

  // A selection: refused with reasons next to the fields, then saved.
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Sélections' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sélections de la page d’accueil' }),
  ).toBeVisible();
  await expect(page.getByText('Aucune sélection pour le moment.')).toBeVisible();
  await page.getByRole('button', { name: 'Nouvelle sélection' }).click();
  await page.getByLabel('Titre').fill('Cinéma en Seine-Saint-Denis');
  await page.getByLabel('Numéros des offres').fill('999999');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(
    page.getByText('L’offre 999999 n’existe pas ou n’est pas visible des jeunes.').first(),
  ).toBeVisible();

  await page.getByLabel('Contenu').selectOption('RULE');
  await page.getByLabel('Catégorie').selectOption('CINEMA');
  await page.getByLabel('Département des lieux (facultatif)').fill('93');
  await page.getByLabel('Départements des jeunes qui la voient').fill('93, 9Z');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Le département « 9Z » n’existe pas.').first()).toBeVisible();
  await page.getByLabel('Départements des jeunes qui la voient').fill('93');
  await page.getByLabel('Jusqu’au (facultatif, inclus)').fill('2020-01-01');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(
    page.getByText('La fin de la publication doit suivre son début.').first(),
  ).toBeVisible();
  await page.getByLabel('Jusqu’au (facultatif, inclus)').fill('');
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'admin-selection-form');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(
    page.getByText('La sélection « Cinéma en Seine-Saint-Denis » est créée.'),
  ).toBeVisible();
  const item = page.locator('.selection-item').filter({ hasText: 'Cinéma en Seine-Saint-Denis' });
  await expect(item).toContainText('En ligne');
  await expect(item).toContainText('Règle : Cinéma, lieux du 93');
  await expect(item).toContainText('Pour les départements 93');
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'admin-selections');

  // Camille lives in 93: the selection is on her home.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.goto('/connexion');
  await logIn(page, DEMO_ACCOUNTS.youth, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Camille' })).toBeVisible();
  const module = page.getByRole('region', { name: 'Cinéma en Seine-Saint-Denis' });
  await expect(module).toBeVisible();
  await expect(module.locator('.home-card').first()).toContainText('Séance de cinéma');
});
