import { expect, test } from '@playwright/test';
import {
  emailKindsFor,
  emailedConfirmationPath,
  expectNoSeriousA11yViolations,
} from '@passculture/testing/playwright';

function isLuhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((c, i) => {
    const d = Number(c) * (i % 2 === 1 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return sum % 10 === 0;
}

/** The first Luhn-valid number made of `prefix` and `width` more digits. */
function withCheck(prefix: string, width: number): string {
  for (let n = 0; n < 10 ** width; n++) {
    const candidate = `${prefix}${String(n).padStart(width, '0')}`;
    if (isLuhnValid(candidate)) return candidate;
  }
  throw new Error(`no Luhn-valid number after ${prefix}`);
}

test('a new pro signs up, confirms their address, registers their structure and adds a venue located from its town', async ({
  page,
  baseURL,
}) => {
  // A SIREN no demo offerer has, different on each run.
  const siren = withCheck(String(Date.now()).slice(-8), 1);
  await page.goto('/pro/connexion');
  await page.getByRole('link', { name: 'Créer un compte professionnel' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Créer un compte professionnel' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Prénom').fill('Nadia');
  await page.getByLabel('Nom', { exact: true }).fill('Haddad');
  const email = `nadia.${siren}@librairie.test`;
  await page.getByLabel('Adresse e-mail professionnelle').fill(email);
  await page.getByLabel('Mot de passe').fill('un mot de passe assez long');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();

  // Signed in, the address to confirm: the link of the email confirms it and continues.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vérifiez votre boîte mail' }),
  ).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The screen at a small phone's width and a laptop's, for review.
  const viewport = page.viewportSize();
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({
      path: test.info().outputPath(`check-inbox-pro-${width}.png`),
      fullPage: true,
    });
  }
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(await emailedConfirmationPath(baseURL!, email));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Votre adresse est confirmée' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Continuer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Nadia' })).toBeVisible();
  await page.getByRole('link', { name: 'Inscrire ou rejoindre une structure' }).click();
  await page.getByLabel('SIREN').fill('123456789');
  await page.getByLabel('Nom de la structure').fill('Librairie du Canal');
  await page.getByRole('button', { name: 'Inscrire la structure' }).click();
  await expect(page.getByText("Ce SIREN n'est pas valide")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('SIREN').fill(siren);
  await page.getByRole('button', { name: 'Inscrire la structure' }).click();

  const structure = page.getByRole('article', { name: 'Librairie du Canal' });
  await expect(structure).toContainText('Structure : En attente de validation');
  await expect(structure).toContainText('(offres numériques)');
  await structure.getByRole('link', { name: 'Ajouter un lieu' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau lieu' })).toBeVisible();
  await page.getByLabel('SIRET').fill(withCheck(siren, 5));
  await page.getByLabel('Raison sociale du lieu').fill('Librairie du Canal SARL');
  await page.getByLabel('Nom affiché aux jeunes (facultatif)').fill('Librairie du Canal');
  await page.getByLabel('Type de lieu').selectOption({ label: 'Librairie' });
  await page.getByLabel('Adresse', { exact: true }).fill('3 quai du Canal');
  await page.getByLabel('Code postal').fill('93200');
  await page.getByLabel('Ville').fill('Saint-Denis');
  await page.getByRole('checkbox', { name: 'Accessible : handicap moteur' }).check();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Créer le lieu' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Librairie du Canal' })).toBeVisible();
  await expect(page.getByText('département 93')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Accessible : handicap moteur' })).toBeChecked();
});

test('a pro signing up with an address already used sees the same screen', async ({
  page,
  baseURL,
}) => {
  await page.goto('/pro/inscription');
  await page.getByLabel('Prénom').fill('Louis');
  await page.getByLabel('Nom', { exact: true }).fill('Bernard');
  await page.getByLabel('Adresse e-mail professionnelle').fill('pro@passculture.test');
  await page.getByLabel('Mot de passe').fill('un mot de passe assez long');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vérifiez votre boîte mail' }),
  ).toBeVisible();
  await expect(page.getByText('pro@passculture.test')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The owner was told instead; asking again tells them again, and says it was sent.
  await page.getByRole('button', { name: 'Renvoyer l’e-mail' }).click();
  await expect(page.getByRole('status')).toContainText('C’est envoyé');
  expect(await emailKindsFor(baseURL!, 'pro@passculture.test')).toContain('SIGN_UP_ATTEMPT');
  expect(await emailKindsFor(baseURL!, 'pro@passculture.test')).not.toContain('EMAIL_CONFIRMATION');
});
