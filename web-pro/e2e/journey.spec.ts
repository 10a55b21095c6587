import { expect, test } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
  logIn,
} from '@passculture/testing/playwright';

const loginHeading = { level: 1, name: 'Connexion à votre espace' } as const;

test('a pro logs in, sees their home, and logs out', async ({ page }) => {
  await page.goto('/pro/');
  await expect(page).toHaveURL(/\/pro\/connexion$/);
  await expect(page.getByRole('heading', loginHeading)).toBeVisible();
  await expect(page).toHaveTitle('Connexion à votre espace — pass Culture Pro');
  await expectNoSeriousA11yViolations(page);

  await logIn(page, DEMO_ACCOUNTS.pro, DEMO_PASSWORD);

  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Louis' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Louis Bernard');
  const structure = page.getByRole('article', { name: "SAS Les Scènes de l'Est parisien" });
  await expect(structure.getByRole('link', { name: 'Salle de concert Le Hangar' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Activité par offre' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', loginHeading)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', loginHeading)).toBeVisible();
});

test('a young beneficiary is told this space is not theirs, and can log out', async ({ page }) => {
  await page.goto('/pro/connexion');
  await logIn(page, DEMO_ACCOUNTS.youth, DEMO_PASSWORD);
  await expect(page.getByText("Ce compte n'a pas accès à l'espace professionnel.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', loginHeading)).toBeVisible();
});

test('a wrong password shows a French error', async ({ page }) => {
  await page.goto('/pro/connexion');
  await logIn(page, DEMO_ACCOUNTS.pro, 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText(
    'Adresse e-mail ou mot de passe incorrect. Vérifiez votre saisie puis réessayez.',
  );
});
