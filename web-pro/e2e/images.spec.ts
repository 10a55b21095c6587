import { expect, test } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  captureScreen,
  expectNoSeriousA11yViolations,
  logIn,
  posterPng,
} from '@passculture/testing/playwright';

test('a pro drops an image on an offer, crops it, describes it and sees it; a wrong file is refused in French', async ({
  page,
}) => {
  await page.goto('/pro/');
  await logIn(page, DEMO_ACCOUNTS.pro, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Louis' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Offres' })
    .click();
  await page.getByRole('link', { name: 'Ciné-club du jeudi', exact: true }).click();
  const section = page.getByRole('region', { name: 'Image' });
  await expect(section).toBeVisible();

  // A file that only says it is an image: refused before anything is sent, in French.
  const picker = section.getByLabel(/Choisir (une|une autre) image/);
  await picker.setInputFiles({
    name: 'affiche.png',
    mimeType: 'image/png',
    buffer: Buffer.from('ce texte a été renommé en .png'),
  });
  await expect(section.getByRole('alert')).toContainText('illisible');

  await picker.setInputFiles({
    name: 'affiche.png',
    mimeType: 'image/png',
    buffer: posterPng(1200, 1200),
  });
  const frame = section.getByRole('group', { name: "Cadre de l'image, 3:4" });
  await expect(frame).toBeVisible();
  await expect(section.getByText('Aperçu')).toBeVisible();
  // The square image is wider than 3:4: the frame moves sideways with the keyboard.
  await frame.focus();
  const before = await frame.evaluate((el) => (el as HTMLElement).style.left);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => frame.evaluate((el) => (el as HTMLElement).style.left)).not.toBe(before);
  await section.getByLabel(/Taille du cadre/).fill('80');
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'pro-offer-image-crop', test.info().project.outputDir);

  // The alternative text is required (the image replaced may have had one: emptied).
  await section.getByLabel('Texte alternatif (obligatoire)').fill('');
  await section.getByRole('button', { name: "Enregistrer l'image" }).click();
  await expect(
    section.getByText("Décrivez l'image pour les personnes qui ne la voient pas."),
  ).toBeVisible();
  await section
    .getByLabel('Texte alternatif (obligatoire)')
    .fill('Affiche du ciné-club : un disque clair sur fond magenta');
  await section.getByLabel('Crédit ou copyright').fill('Studio du journal');
  await section.getByRole('button', { name: "Enregistrer l'image" }).click();
  await expect(section.getByRole('status')).toContainText('Image enregistrée.');
  const shown = section.getByRole('img', {
    name: 'Affiche du ciné-club : un disque clair sur fond magenta',
  });
  await expect(shown).toBeVisible();
  await expect
    .poll(() => shown.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  await expect(section.getByText('Studio du journal')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'pro-offer-image-saved', test.info().project.outputDir);

  // Removed: the category's illustration comes back.
  await section.getByRole('button', { name: "Retirer l'image" }).click();
  await expect(section.getByRole('status')).toContainText('Image retirée.');
  await expect(section.locator('svg.media-illustration')).toBeVisible();
});
