import { expect, test, type APIRequestContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
  logIn,
} from '@passculture/testing/playwright';

/** A day from today on the Paris calendar (the browser's zone), as YYYY-MM-DD. */
function parisDay(daysFromToday: number): string {
  const date = new Date(Date.now() + daysFromToday * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(date);
}

async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

test('a pro publishes an event with three dates, finds its booking, exports it and validates it at the counter', async ({
  page,
  request,
}) => {
  const title = `Concert du journal ${Date.now()}`;
  await page.goto('/pro/');
  await logIn(page, DEMO_ACCOUNTS.pro, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Louis' })).toBeVisible();
  // The demo pro gets the daily summary of bookings; switched off, then on again.
  const summary = page.getByLabel(
    'Recevoir chaque matin le récapitulatif des réservations de la veille',
  );
  await expect(summary).toBeChecked();
  await summary.uncheck();
  await expect(page.getByRole('status')).toContainText('vous ne recevrez plus le récapitulatif');
  await summary.check();
  await expect(page.getByRole('status')).toContainText('vous recevrez chaque matin');

  // Step 1: what and where, kept as a draft.
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Offres' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vos offres' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ciné-club du jeudi', exact: true })).toBeVisible(); // the seeded draft
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Créer une offre' }).click();
  await page.getByLabel('Catégorie').selectOption({ label: 'Concert' });
  await page
    .getByLabel('Lieu', { exact: true })
    .selectOption({ label: 'Salle de concert Le Hangar' });
  await page.getByLabel("Titre de l'offre").fill(title);
  await page.getByLabel('Description (facultative)').fill('Trois soirs de jazz au Hangar.');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Enregistrer le brouillon et continuer' }).click();

  // Step 2: three dates at once.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Statut : Brouillon')).toBeVisible();
  await page.getByLabel('Prix en euros').fill('10');
  await page.getByLabel('Places par date').fill('20');
  await page.getByLabel('Date et heure 1').fill(`${parisDay(1)}T20:30`);
  await page.getByRole('button', { name: 'Ajouter une autre date' }).click();
  await page.getByLabel('Date et heure 2').fill(`${parisDay(8)}T20:30`);
  await page.getByRole('button', { name: 'Ajouter une autre date' }).click();
  await page.getByLabel('Date et heure 3').fill(`${parisDay(15)}T20:30`);
  await page.getByRole('button', { name: 'Ajouter ces dates' }).click();
  const dates = page.getByRole('table', { name: 'Dates et prix' });
  await expect(dates.getByRole('row')).toHaveCount(4);
  await expect(dates).toContainText('10 €');

  // Tomorrow's concert stays bookable until 18:00 tomorrow instead of the default.
  await dates
    .getByRole('button', { name: /^Modifier/ })
    .first()
    .click();
  await page.getByLabel("Réservable jusqu'au (facultatif)").fill(`${parisDay(1)}T18:00`);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  // « … à 18 h », French style: no minutes when there are none.
  await expect(dates).toContainText(/à 18\sh(?!\s\d)/);
  await expectNoSeriousA11yViolations(page);

  // Step 3: published at once, the offerer being validated.
  await page.getByRole('button', { name: "Publier l'offre" }).click();
  await expect(page.getByText('Statut : Publiée')).toBeVisible();
  const offerId = /\/offres\/(\d+)/.exec(page.url())![1]!;

  // A young beneficiary books tomorrow's concert through the API.
  const youth = await graphql<{ logIn: { token: string } }>(
    request,
    'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }',
    { e: DEMO_ACCOUNTS.youth, p: DEMO_PASSWORD },
  );
  const offer = await graphql<{ offer: { stocks: { id: string; beginsAt: string }[] } }>(
    request,
    'query($id: ID!) { offer(id: $id) { stocks { id beginsAt } } }',
    { id: offerId },
  );
  expect(offer.offer.stocks).toHaveLength(3);
  const booked = await graphql<{ bookOffer: { token: string } }>(
    request,
    'mutation($s: ID!) { bookOffer(stockId: $s) { token } }',
    { s: offer.offer.stocks[0]!.id },
    youth.logIn.token,
  );
  const token = booked.bookOffer.token;

  // The pro finds the booking from the offer's page…
  await page.getByRole('link', { name: 'Voir les réservations' }).click();
  await expect(page.getByText("Réservations d'une seule offre.")).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText(token);
  await expect(row).toContainText('Camille Martin');
  await expect(row).toContainText('Confirmée');
  await expectNoSeriousA11yViolations(page);

  // …exports it…
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Télécharger en CSV' }).click();
  const csv = await readFile((await (await downloading).path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe(
    "Lieu;Offre;Date de l'évènement (heure du lieu);Nom du bénéficiaire;Email du bénéficiaire;Réservé le;Utilisé le;Contremarque;Prix;Statut",
  );
  expect(lines).toHaveLength(3); // this offer's one booking, then the last line break
  const line = lines.find((l) => l.includes(token))!.split(';');
  expect(line).toEqual([
    'Salle de concert Le Hangar',
    title,
    expect.stringMatching(/ 20:30$/),
    'Camille Martin',
    DEMO_ACCOUNTS.youth,
    expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/),
    '',
    token,
    '10,00',
    'Confirmée',
  ]);

  // …validates it at the counter, and undoes the validation.
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Guichet' })
    .click();
  await page.getByRole('textbox', { name: 'Contremarque' }).fill('ZZZZZZ');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByRole('alert')).toContainText('Aucune réservation de vos lieux');
  await page.getByRole('textbox', { name: 'Contremarque' }).fill(token.toLowerCase());
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const card = page.getByRole('region', { name: `Contremarque ${token}` });
  await expect(card).toContainText(title);
  await expect(card).toContainText('Confirmée');
  await expectNoSeriousA11yViolations(page);
  await card.getByRole('button', { name: 'Valider la contremarque' }).click();
  await expect(page.getByRole('status')).toContainText(`Contremarque ${token} validée`);
  await expect(card).toContainText('Utilisée');
  await card.getByRole('button', { name: 'Annuler la validation' }).click();
  await expect(page.getByRole('status')).toContainText(`Validation de ${token} annulée`);
  await expect(card).toContainText('Confirmée');
  await expectNoSeriousA11yViolations(page);

  // Finally the pro cancels it: the young person gets their credit back.
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Réservations' })
    .click();
  await page.getByRole('button', { name: `Annuler la réservation ${token}` }).click();
  await page.getByRole('button', { name: `Confirmer l'annulation ${token}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Annulée');
  await expectNoSeriousA11yViolations(page);
});

test('reimbursements and a venue are readable and accessible', async ({ page }) => {
  await page.goto('/pro/remboursements');
  await logIn(page, DEMO_ACCOUNTS.pro, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Remboursements' })).toBeVisible();
  await page
    .getByLabel('Lieu', { exact: true })
    .selectOption({ label: 'Librairie Les Mots Passants' });
  await page.getByLabel('Du', { exact: true }).fill(`${parisDay(-365)}`);
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: /Librairie Les Mots Passants : .* à rembourser/ }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Accueil' })
    .click();
  await page.getByRole('link', { name: 'Salle de concert Le Hangar' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Salle de concert Le Hangar' }),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: 'Accessible : handicap auditif' }).check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Les informations du lieu sont enregistrées.',
  );
  await expectNoSeriousA11yViolations(page);
});
