import { expect, test } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
  logIn,
} from '@passculture/testing/playwright';

const loginHeading = { level: 1, name: 'Connecte-toi' } as const;

test('a young person logs in, sees their credit, and logs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/connexion$/);
  await expect(page.getByRole('heading', loginHeading)).toBeVisible();
  await expect(page).toHaveTitle('Connecte-toi — pass Culture');
  await expect(page.getByRole('link', { name: 'Crée ton compte' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await logIn(page, DEMO_ACCOUNTS.youth, DEMO_PASSWORD);

  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Camille' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('banner')).toContainText('Camille Martin');
  const credit = page.getByRole('region', { name: 'Ton crédit' });
  await expect(credit).toContainText(/\d[\d\s]*(,\d\d)?\s€/);
  await expect(credit).toContainText("à dépenser jusqu'au");
  await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The profile details the credit: total, digital and physical caps, expiry.
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Profil' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  const wallet = page.getByRole('region', { name: 'Ton crédit' });
  await expect(wallet).toContainText('Crédit 18 ans (expérimentation 2019)');
  await expect(wallet).toContainText('Encore possible en offres numériques');
  await expect(wallet).toContainText('Encore possible en biens physiques');
  await expect(wallet).toContainText("Valable jusqu'au");
  await expect(page.getByRole('region', { name: 'Ton compte' })).toContainText(DEMO_ACCOUNTS.youth);
  await expectNoSeriousA11yViolations(page);

  // The header stays one short line: log-out is in the profile, not on every page.
  await expect(page.getByRole('banner').getByRole('button')).toHaveCount(0);
  const session = page.getByRole('region', { name: 'Déconnexion' });
  await session.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', loginHeading)).toBeVisible();
  // The session cookie is gone: a reload stays signed out.
  await page.reload();
  await expect(page.getByRole('heading', loginHeading)).toBeVisible();
});

test('a wrong password shows a French error', async ({ page }) => {
  await page.goto('/connexion');
  await logIn(page, DEMO_ACCOUNTS.youth, 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText(
    'Adresse e-mail ou mot de passe incorrect. Vérifie ta saisie puis réessaie.',
  );
  await expect(page.getByRole('heading', loginHeading)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
