import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
  logIn,
} from '@passculture/testing/playwright';

// Demo data of api/seeds/demo-admin.ts.
const LYON_REQUEST = { name: 'Nina Rousseau', email: 'jeune.lyon@passculture.test' };
const PENDING_OFFER = 'Revente de places — concert privé';
const BOOKER = { name: 'Yanis Benali', email: 'jeune.moderation@passculture.test' };

async function logInAsAdmin(page: Page) {
  await page.goto('/admin/connexion');
  await logIn(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
  // The dashboard is a lazy chunk of 300 kB (charts, DSFR): on a loaded machine it takes
  // more than the default 5 s to arrive after the log-in.
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible({
    timeout: 20_000,
  });
}

async function openPerson(page: Page, email: string, name: string) {
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Personnes' })
    .click();
  await page.getByLabel('Adresse e-mail ou nom').fill(email);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('the dashboard shows the demo uptake on the map and in the table, as of a time', async ({
  page,
}) => {
  await logInAsAdmin(page);
  await expect(page.getByText(/^Chiffres au /)).toBeVisible();
  const map = page.getByRole('img', { name: /Carte de France par département/ });
  await expect(map).toBeVisible();
  // 96 metropolitan shapes and the 5 overseas tiles, coloured by the figures.
  await expect(map.locator('[data-department]')).toHaveCount(101);
  await expect(map.locator('[data-department="973"]')).toHaveCount(1);
  const table = page.getByRole('table', { name: /Chiffres par département/ });
  // A header row, the 101 departments and the 5 overseas collectivities (closed, shown all the same).
  await expect(table.getByRole('row')).toHaveCount(107);
  const saintDenis = table.getByRole('row', { name: /Seine-Saint-Denis/ });
  await expect(saintDenis).toBeVisible();
  await expect(saintDenis.getByRole('cell').nth(2)).not.toHaveText('0');

  // Sorting by bookings puts the busiest department first.
  await table.getByRole('button', { name: /^Réservations/ }).click();
  await expect(table.getByRole('columnheader', { name: /^Réservations/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // A department's detail, then the CSV export.
  await saintDenis.getByRole('button', { name: /Détailler/ }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Seine-Saint-Denis (93)', exact: true }),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter le tableau (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^pass-culture-departements-.*\.csv$/);
  const csv = await readFile(await file.path(), 'utf8');
  expect(csv).toMatch(/^\uFEFFChiffres au /);
  // The demo's small departments: counts under 10 never leave the screen as such.
  expect(csv).toContain(';< 10;');
  // Two heading lines, then the 101 departments and the 5 overseas collectivities.
  expect(csv.split('\n').filter(Boolean)).toHaveLength(2 + 106);
  await expectNoSeriousA11yViolations(page);
});

test('an admin opens a closed department, then approves the pending request: the credit appears', async ({
  page,
}) => {
  await logInAsAdmin(page);
  const nav = page.getByRole('navigation', { name: 'Menu principal' });
  await nav.getByRole('link', { name: 'Activations' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: "Demandes d'activation" }),
  ).toBeVisible();
  const request = page.getByRole('row', { name: new RegExp(LYON_REQUEST.name) });
  await expect(request).toContainText("n'est pas ouvert");
  await expect(
    request.getByRole('button', { name: `Valider la demande de ${LYON_REQUEST.name}` }),
  ).toBeDisabled();
  await expectNoSeriousA11yViolations(page);

  await nav.getByRole('link', { name: 'Départements' }).click();
  const rhone = page.getByRole('row', { name: /^69 Rhône/ });
  await rhone.getByRole('button', { name: 'Ouvrir Rhône (69)' }).click();
  await rhone.getByRole('button', { name: "Confirmer l'ouverture de Rhône" }).click();
  await expect(page.getByText(/Rhône est ouvert au pass Culture/)).toBeVisible();
  await expect(rhone).toContainText('Ouvert');
  await expectNoSeriousA11yViolations(page);

  await nav.getByRole('link', { name: 'Activations' }).click();
  await page.getByRole('button', { name: `Valider la demande de ${LYON_REQUEST.name}` }).click();
  await expect(page.getByText(`Le crédit de ${LYON_REQUEST.name} est activé.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(LYON_REQUEST.name) })).toHaveCount(0);

  await openPerson(page, LYON_REQUEST.email, LYON_REQUEST.name);
  await expect(page.getByText(/Crédit restant : 500\s€ sur 500\s€/)).toBeVisible();

  await nav.getByRole('link', { name: 'Journal' }).click();
  await expect(
    page.getByRole('row', { name: /Demande d'activation validée/ }).first(),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Département ouvert/ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('an admin rejects an offer with a booking: the booking is cancelled and the credit is back', async ({
  page,
}) => {
  await logInAsAdmin(page);
  await openPerson(page, BOOKER.email, BOOKER.name);
  await expect(page.getByText(/Crédit restant : 470\s€ sur 500\s€/)).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Modération' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Modération des offres' }),
  ).toBeVisible();
  const offer = page.getByRole('row', { name: new RegExp(PENDING_OFFER) });
  await expect(offer).toContainText('Mots signalant une revente');
  await expectNoSeriousA11yViolations(page);
  await offer.getByRole('button', { name: `Rejeter : l'offre ${PENDING_OFFER}` }).click();
  await offer.getByLabel('Motif (obligatoire)').fill('Revente de billets interdite');
  await offer.getByRole('button', { name: 'Rejeter et annuler 1 réservation' }).click();
  await expect(
    page.getByText(/est rejetée ; ses réservations en cours sont annulées/),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(PENDING_OFFER) })).toHaveCount(0);

  // A new rule, stored as data, then switched off.
  await page.getByLabel('Nom de la règle').fill('Billetterie parallèle');
  await page.getByLabel('Type de règle').selectOption('WORDS');
  await page.getByLabel('Mots ou expressions').fill('marché noir, billet revendu');
  await page.getByRole('button', { name: 'Ajouter la règle' }).click();
  await expect(page.getByText('La règle « Billetterie parallèle » est ajoutée.')).toBeVisible();
  const rule = page.getByRole('listitem').filter({ hasText: 'Billetterie parallèle' });
  await expect(rule).toContainText('Mots : marché noir, billet revendu');
  await rule.getByRole('button', { name: 'Désactiver la règle Billetterie parallèle' }).click();
  await expect(rule).toContainText('inactive');

  await openPerson(page, BOOKER.email, BOOKER.name);
  await expect(page.getByText(/Crédit restant : 500\s€ sur 500\s€/)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(PENDING_OFFER) })).toContainText(
    'Annulée pour fraude',
  );
  await expectNoSeriousA11yViolations(page);

  // Both emails wait in the outbox, written in the rejection's transaction.
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'E-mails' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'E-mails envoyés' })).toBeVisible();
  await expect(page.getByText(`Votre offre « ${PENDING_OFFER} » a été refusée`)).toBeVisible();
  const cancellation = page
    .getByRole('listitem')
    .filter({ hasText: `Ta réservation pour « ${PENDING_OFFER} » est annulée` });
  await expect(cancellation).toContainText(`à ${BOOKER.email}`);
  await expectNoSeriousA11yViolations(page);
});

test('an admin validates the pending offerer and suspends an account', async ({ page }) => {
  await logInAsAdmin(page);
  const nav = page.getByRole('navigation', { name: 'Menu principal' });
  await nav.getByRole('link', { name: 'Structures' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Structures et rattachements' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const validate = page.getByRole('button', { name: /^Valider la structure / }).first();
  await validate.click();
  await expect(page.getByText(/^La structure .* est validée\.$/)).toBeVisible();

  await openPerson(page, 'jeune2@passculture.test', 'Léa Muller');
  await page.getByRole('button', { name: 'Suspendre le compte : Léa Muller' }).click();
  await page.getByLabel('Motif (obligatoire)').fill('Usurpation d’identité');
  await page.getByRole('button', { name: 'Confirmer la suspension' }).click();
  await expect(page.getByText('Le compte de Léa Muller est suspendu.')).toBeVisible();
  await expect(page.getByText(/Suspendu/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
