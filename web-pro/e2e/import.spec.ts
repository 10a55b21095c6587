import { expect, test } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
  logIn,
} from '@passculture/testing/playwright';

test('a pro imports a catalogue with one bad line, reads the preview, confirms and finds the offers', async ({
  page,
}) => {
  const run = Date.now();
  await page.goto('/pro/');
  await logIn(page, DEMO_ACCOUNTS.pro, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Louis' })).toBeVisible();

  // A venue of the pro, as its software would name it.
  const offerers = await page.request.post('/graphql', {
    data: { query: '{ myOfferers { venues { id isVirtual } } }' },
  });
  const body = (await offerers.json()) as {
    data: { myOfferers: { venues: { id: string; isVirtual: boolean }[] }[] };
  };
  const venueId = body.data.myOfferers.flatMap((o) => o.venues).find((v) => !v.isVirtual)!.id;

  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Import' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer des offres' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const file = [
    'lieu;reference;ean;sous_categorie;nom;description;prix;quantite;date',
    `${venueId};E2E-${run}-1;;LIVRE_PAPIER;Roman importé ${run};Un roman.;12,50;4;`,
    `${venueId};E2E-${run}-2;9782070368229;LIVRE_PAPIER;EAN faux ${run};;9;2;`,
    `${venueId};E2E-${run}-3;;LIVRE_PAPIER;Essai importé ${run};;8;;`,
  ].join('\r\n');
  await page.getByLabel('Fichier CSV').setInputFiles({
    name: 'catalogue.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${file}\r\n`, 'utf8'),
  });
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();

  const lines = page.getByRole('table', { name: 'Lignes du fichier' });
  await expect(lines.getByRole('row')).toHaveCount(4);
  await expect(lines.getByRole('row', { name: /^3 / })).toContainText('Refusée');
  await expect(lines.getByRole('row', { name: /^3 / })).toContainText('n’est pas valide');
  await expect(lines.getByRole('row', { name: /^2 / })).toContainText('Créée');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Importer 2 lignes' }).click();
  await expect(page.getByRole('heading', { name: 'Import terminé' })).toBeVisible();
  await page.getByRole('link', { name: 'Voir mes offres' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vos offres' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Roman importé ${run}`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `Essai importé ${run}`, exact: true })).toBeVisible();
  await expect(page.getByText(`EAN faux ${run}`)).toHaveCount(0);
});

test('a pro creates an API key, sees it once, its software calls the API with it, then revokes it', async ({
  page,
  request,
}) => {
  const name = `Caisse ${Date.now()}`;
  await page.goto('/pro/');
  await logIn(page, DEMO_ACCOUNTS.pro, DEMO_PASSWORD);
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Clés API' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clés API' })).toBeVisible();
  await page.getByLabel('Nom de la nouvelle clé').fill(name);
  await page.getByRole('button', { name: 'Créer la clé' }).click();
  const secret = await page.getByLabel('Clé secrète').inputValue();
  expect(secret).toMatch(/^pck_/);
  const keys = page.getByRole('table', { name: 'Clés de la structure' });
  await expect(keys.getByRole('row', { name: new RegExp(name) })).toContainText('Active');
  await expectNoSeriousA11yViolations(page);

  const call = async () =>
    (
      await request.post('/graphql', {
        data: { query: '{ proOffers(first: 1) { edges { cursor } } }' },
        headers: { authorization: `Bearer ${secret}` },
      })
    ).json() as Promise<{ errors?: { extensions: { code: string } }[] }>;
  expect((await call()).errors).toBeUndefined();

  page.once('dialog', (dialog) => void dialog.accept());
  await keys.getByRole('button', { name: `Révoquer la clé ${name}` }).click();
  await expect(keys.getByRole('row', { name: new RegExp(name) })).toContainText('Révoquée');
  expect((await call()).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
});
