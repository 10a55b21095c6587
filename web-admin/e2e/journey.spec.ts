import { expect, test } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
  logIn,
} from '@passculture/testing/playwright';

const loginHeading = { level: 1, name: "Connexion à l'administration" } as const;

test('an admin logs in, sees the dashboard, and logs out', async ({ page }) => {
  await page.goto('/admin/');
  await expect(page).toHaveURL(/\/admin\/connexion$/);
  await expect(page.getByRole('heading', loginHeading)).toBeVisible();
  await expect(page).toHaveTitle("Connexion à l'administration — pass Culture — Administration");
  await expectNoSeriousA11yViolations(page);

  await logIn(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);

  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', loginHeading)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', loginHeading)).toBeVisible();
});

test('a pro is told this space is not theirs, and can log out', async ({ page }) => {
  await page.goto('/admin/connexion');
  await logIn(page, DEMO_ACCOUNTS.pro, DEMO_PASSWORD);
  await expect(
    page.getByText("Ce compte n'a pas accès à l'espace d'administration."),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', loginHeading)).toBeVisible();
});

test('a wrong password shows a French error', async ({ page }) => {
  await page.goto('/admin/connexion');
  await logIn(page, DEMO_ACCOUNTS.admin, 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText(
    'Adresse e-mail ou mot de passe incorrect. Vérifiez votre saisie puis réessayez.',
  );
});
