import { expect, test } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  captureScreen,
  expectNoSeriousA11yViolations,
  logIn,
} from '@passculture/testing/playwright';

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
  await captureScreen(page, 'admin-dashboard-diversity', test.info().project.outputDir);

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
  await captureScreen(page, 'admin-selection-form', test.info().project.outputDir);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(
    page.getByText('La sélection « Cinéma en Seine-Saint-Denis » est créée.'),
  ).toBeVisible();
  const item = page.locator('.selection-item').filter({ hasText: 'Cinéma en Seine-Saint-Denis' });
  await expect(item).toContainText('En ligne');
  await expect(item).toContainText('Règle : Cinéma, lieux du 93');
  await expect(item).toContainText('Pour les départements 93');
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'admin-selections', test.info().project.outputDir);

  // A second one, then the order: by keyboard (buttons and a live region), then by dragging.
  await page.getByRole('button', { name: 'Nouvelle sélection' }).click();
  await page.getByLabel('Titre').fill('Lire en Seine-Saint-Denis');
  await page.getByLabel('Contenu').selectOption('RULE');
  await page.getByLabel('Catégorie').selectOption('LIVRE');
  await page.getByLabel('Départements des jeunes qui la voient').fill('93');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(
    page.getByText('La sélection « Lire en Seine-Saint-Denis » est créée.'),
  ).toBeVisible();
  const titles = page.locator('.selection-item h2');
  await expect(titles.first()).toContainText('Cinéma en Seine-Saint-Denis');
  const down = page.getByRole('button', { name: 'Descendre : Cinéma en Seine-Saint-Denis' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'maintenant en position' })).toHaveText(
    '« Cinéma en Seine-Saint-Denis » est maintenant en position 2 sur 2.',
  );
  await expect(titles.first()).toContainText('Lire en Seine-Saint-Denis');
  await page.reload();
  await expect(titles.first()).toContainText('Lire en Seine-Saint-Denis');
  await expect(
    page.getByRole('button', { name: 'Descendre : Cinéma en Seine-Saint-Denis' }),
  ).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'admin-selections-reordered', test.info().project.outputDir);
  await page
    .locator('.selection-item')
    .filter({ hasText: 'Cinéma en Seine-Saint-Denis' })
    .dragTo(page.locator('.selection-item').filter({ hasText: 'Lire en Seine-Saint-Denis' }));
  await expect(page.getByRole('status').filter({ hasText: 'maintenant en position' })).toHaveText(
    '« Cinéma en Seine-Saint-Denis » est maintenant en position 1 sur 2.',
  );
  await page.reload();
  await expect(titles.first()).toContainText('Cinéma en Seine-Saint-Denis');
  // Each change is in the journal of the administration's actions.
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Journal' })
    .click();
  await expect(
    page.getByRole('rowheader', { name: 'Sélections réordonnées' }).first(),
  ).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Sélection créée' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Camille lives in 93: the selection is on her home.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.goto('/connexion');
  await logIn(page, DEMO_ACCOUNTS.youth, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Camille' })).toBeVisible();
  const module = page.getByRole('region', { name: 'Cinéma en Seine-Saint-Denis' });
  await expect(module).toBeVisible();
  await expect(module.locator('.home-card').first()).toContainText('Séance de cinéma');
});
