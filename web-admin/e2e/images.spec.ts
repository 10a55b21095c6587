import { expect, test } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  captureScreen,
  expectNoSeriousA11yViolations,
  logIn,
} from '@passculture/testing/playwright';

test('the moderation queue shows each offer as young people would see it, and an offer can be rejected for its image', async ({
  page,
}) => {
  await page.goto('/admin/connexion');
  await logIn(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible({
    timeout: 20_000,
  });
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Modération' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Modération des offres' }),
  ).toBeVisible();
  // The demo's generated posters are drawn after the api starts: wait for them.
  const illustrated = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: /Voir en grand/ }) })
    // The backoffice journey's own offer stays for it.
    .filter({ hasNotText: 'Revente de places' });
  await expect(async () => {
    await page.reload();
    await expect(illustrated.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 90_000 });
  const row = illustrated.first();
  const image = row.locator('img.media-img');
  await expect
    .poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  await expect(row).toContainText('Texte alternatif :');
  const name = (await row.getByRole('rowheader').innerText()).split('\n')[0]!.trim();
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'admin-moderation-images', test.info().project.outputDir);

  await row.getByRole('button', { name: `Rejeter pour l'image : l'offre ${name}` }).click();
  const reason = row.getByLabel('Motif (obligatoire)');
  await expect(reason).toHaveValue('Image non conforme : ');
  await row.getByRole('button', { name: /Confirmer le rejet|Rejeter et annuler/ }).click();
  await expect(row.getByText('Indiquez un motif.')).toBeVisible();
  await reason.fill("Image non conforme : elle ne montre pas l'offre.");
  await row.getByRole('button', { name: /Confirmer le rejet|Rejeter et annuler/ }).click();
  await expect(page.getByText(`L'offre « ${name} » est rejetée pour son image`)).toBeVisible();
});
