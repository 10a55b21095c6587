import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  emailKindsFor,
  emailedConfirmationPath,
  expectNoSeriousA11yViolations,
} from '@passculture/testing/playwright';
import { captureScreen } from './helpers';

test('a 17-year-old in a department not open yet signs up, confirms her address and sees why there is no credit', async ({
  page,
  baseURL,
}) => {
  await page.goto('/connexion');
  await page.getByRole('link', { name: 'Crée ton compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Crée ton compte' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Inline validation: everything empty, then a password too short.
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByText('6 champs sont à corriger.')).toBeVisible();
  await expect(page.getByLabel('Prénom')).toBeFocused();
  await expect(page.getByLabel('Prénom')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);
  // The birth date: one group, its error said with it, its three parts marked.
  await expect(page.getByRole('group', { name: 'Date de naissance' })).toHaveAccessibleDescription(
    'Par exemple : 14 juillet 2008 Saisis ta date de naissance.',
  );
  for (const part of ['Jour', 'Mois', 'Année']) {
    await expect(page.getByLabel(part)).toHaveAttribute('aria-invalid', 'true');
  }
  await captureScreen(page, 'signup-errors');

  const today = new Date();
  const birthYear = today.getUTCFullYear() - 17;
  await page.getByLabel('Prénom').fill('Nina');
  await page.getByLabel('Nom', { exact: true }).fill('Rousseau');
  await page.getByLabel('Jour').fill('1');
  await page.getByLabel('Mois').selectOption({ label: 'janvier' });
  await page.getByLabel('Année').fill(String(birthYear));
  await page.getByLabel('Code postal de ton domicile').fill('75011');
  const email = `nina.${Date.now()}@exemple.fr`;
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill('court');
  await page.getByLabel('Mot de passe', { exact: true }).blur();
  await expect(
    page.getByText('Ton mot de passe doit contenir au moins 12 caractères'),
  ).toBeVisible();
  await page.getByLabel('Mot de passe', { exact: true }).fill('une phrase de passe longue');
  await expect(page.getByText('Ton mot de passe doit contenir au moins 12 caractères')).toHaveCount(
    0,
  );
  await page.getByRole('button', { name: 'Créer mon compte' }).click();

  // Signed in, the address to confirm; the profile says so too.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vérifie ta boîte mail' }),
  ).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'check-inbox');
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Profil' })
    .click();
  await expect(page.getByRole('region', { name: 'Adresse e-mail à confirmer' })).toBeVisible();
  await page.getByRole('button', { name: 'Renvoyer l’e-mail' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'C’est envoyé' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The link of the (latest) email confirms the address, then on to the home.
  await page.goto(await emailedConfirmationPath(baseURL!, email));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ton adresse est confirmée' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'email-confirmed');
  await page.getByRole('link', { name: 'Continuer' }).click();

  // Pre-registered: the home explains that Paris (75) is not open yet.
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Nina' })).toBeVisible();
  const notice = page.getByRole('region', { name: 'Préinscription enregistrée' });
  // (The department's name comes from the api; the code and « not open » are what matter.)
  await expect(notice).toContainText(
    /Ton département .*\(75\) n'est pas encore ouvert au pass Culture/,
  );
  await expect(notice.getByRole('button', { name: 'Demander mon crédit' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Ton crédit' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Profil' })
    .click();
  await expect(page.getByRole('region', { name: 'Préinscription enregistrée' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Her data, as a file; then she deletes her account and cannot log in any more.
  const data = page.getByRole('region', { name: 'Mes données' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    data.getByRole('button', { name: 'Télécharger mes données' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('mes-donnees-pass-culture.json');
  const exported = JSON.parse(await readFile((await file.path())!, 'utf8')) as {
    profile: { email: string; postalCode: string };
  };
  expect(exported.profile).toMatchObject({ email, postalCode: '75011' });

  const leaving = page.getByRole('region', { name: 'Supprimer mon compte' });
  await leaving.getByRole('button', { name: 'Supprimer mon compte' }).click();
  await leaving.getByLabel('Ton mot de passe, pour confirmer').fill('une phrase de passe longue');
  await expectNoSeriousA11yViolations(page);
  await leaving.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connecte-toi' })).toBeVisible();
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill('une phrase de passe longue');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert')).toContainText(/incorrect/);
});

test('sign-up with an e-mail already used shows the same screen; the owner is told by e-mail', async ({
  page,
  baseURL,
}) => {
  await page.goto('/inscription');
  await page.getByLabel('Prénom').fill('Camille');
  await page.getByLabel('Nom', { exact: true }).fill('Martin');
  await page.getByLabel('Jour').fill('12');
  await page.getByLabel('Mois').selectOption({ label: 'mars' });
  await page.getByLabel('Année').fill(String(new Date().getUTCFullYear() - 16));
  await page.getByLabel('Code postal de ton domicile').fill('93200');
  await page.getByLabel('Adresse e-mail').fill('jeune@passculture.test');
  await page.getByLabel('Mot de passe', { exact: true }).fill('une phrase de passe longue');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vérifie ta boîte mail' }),
  ).toBeVisible();
  await expect(page.getByText('jeune@passculture.test')).toBeVisible();
  await expect(page.getByText(/existe déjà/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  const kinds = await emailKindsFor(baseURL!, 'jeune@passculture.test');
  expect(kinds).toContain('SIGN_UP_ATTEMPT');
  expect(kinds).not.toContain('EMAIL_CONFIRMATION');
});
