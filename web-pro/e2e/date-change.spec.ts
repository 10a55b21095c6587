import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  captureScreen,
  expectNoSeriousA11yViolations,
  logIn,
} from '@passculture/testing/playwright';

/**
 * Issue 18: a pro moves an event's date; the young person who booked it sees the new date
 * and the new cancellation limit (min(new start, change + 48 h)) on their ticket. The offer
 * also shows the catalogue fields the pro gave (performer, duration, age advice).
 */

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' });
const FRENCH_DAY = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A day from today on the Paris calendar, as YYYY-MM-DD. */
function parisDay(daysFromToday: number): string {
  return PARIS_DAY.format(new Date(Date.now() + daysFromToday * 86_400_000));
}

/** « jeudi 4 décembre 2026 » of that Paris day (noon: safe from time-zone edges). */
function frenchDay(day: string): string {
  return FRENCH_DAY.format(new Date(`${day}T12:00:00+01:00`));
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

async function tokenOf(request: APIRequestContext, email: string): Promise<string> {
  const data = await graphql<{ logIn: { token: string } }>(
    request,
    'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }',
    { e: email, p: DEMO_PASSWORD },
  );
  return data.logIn.token;
}

test('a pro moves a concert earlier; the young person sees the new date and until when they may cancel', async ({
  page,
  request,
}) => {
  const title = `Concert déplacé ${Date.now()}`;
  const proToken = await tokenOf(request, DEMO_ACCOUNTS.pro);
  const { myOfferers } = await graphql<{
    myOfferers: { venues: { id: string; name: string; isVirtual: boolean }[] }[];
  }>(request, '{ myOfferers { venues { id name isVirtual } } }', {}, proToken);
  const venue = myOfferers.flatMap((o) => o.venues).find((v) => !v.isVirtual)!;

  // The offer, with what the catalogue says about it, and one date in three weeks.
  const { createOfferDraft } = await graphql<{ createOfferDraft: { id: string } }>(
    request,
    'mutation($i: OfferDraftInput!) { createOfferDraft(input: $i) { id } }',
    {
      i: {
        venueId: venue.id,
        subcategoryId: 'CONCERT',
        name: title,
        description: 'Un quartet de jazz.',
        isDuo: false,
        performer: 'Quartet du Canal',
        durationMinutes: 90,
        ageAdvice: 'Tout public',
      },
    },
    proToken,
  );
  const offerId = createOfferDraft.id;
  const firstDay = parisDay(21);
  await graphql(
    request,
    'mutation($id: ID!, $i: StocksInput!) { addStocks(offerId: $id, input: $i) { id } }',
    {
      id: offerId,
      i: { priceCents: 1_000, quantity: 30, dates: [`${firstDay}T20:30:00+01:00`] },
    },
    proToken,
  );
  await graphql(
    request,
    'mutation($id: ID!) { publishOffer(id: $id) { id } }',
    { id: offerId },
    proToken,
  );

  // Camille books it.
  const youthToken = await tokenOf(request, DEMO_ACCOUNTS.youth);
  const { offer } = await graphql<{ offer: { stocks: { id: string }[] } }>(
    request,
    'query($id: ID!) { offer(id: $id) { stocks { id } } }',
    { id: offerId },
  );
  const { bookOffer } = await graphql<{ bookOffer: { id: string } }>(
    request,
    'mutation($s: ID!) { bookOffer(stockId: $s) { id } }',
    { s: offer.stocks[0]!.id },
    youthToken,
  );

  // The pro moves it to tomorrow 19:00 in web-pro.
  await page.goto('/pro/');
  await logIn(page, DEMO_ACCOUNTS.pro, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Louis' })).toBeVisible();
  await page.goto(`/pro/offres/${offerId}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByLabel('Interprète')).toHaveValue('Quartet du Canal');
  await expect(page.getByLabel('Durée (en minutes)')).toHaveValue('90');
  const dates = page.getByRole('table', { name: 'Dates et prix' });
  await dates.getByRole('button', { name: /^Modifier/ }).click();
  await expect(page.getByText(/Une place est réservée : si vous changez la date/)).toBeVisible();
  const newDay = parisDay(1);
  await page.getByLabel('Date et heure').fill(`${newDay}T19:00`);
  await captureScreen(page, 'pro-move-date', test.info().project.outputDir);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dates).toContainText(`${frenchDay(newDay)} à 19\u00a0h`);
  await expect(dates).not.toContainText(frenchDay(firstDay));

  // Camille's ticket: the new date, and she may cancel until it starts (sooner than 48 h).
  await page.context().clearCookies();
  await page.goto('/connexion');
  await logIn(page, DEMO_ACCOUNTS.youth, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Camille' })).toBeVisible();
  await page.goto(`/reservations/${bookOffer.id}`);
  const ticket = page.getByRole('article', { name: title });
  await expect(ticket).toContainText(`${frenchDay(newDay)} à 19\u00a0h`);
  await expect(ticket).toContainText(
    `Tu peux l'annuler jusqu'au ${frenchDay(newDay)} à 19\u00a0h.`,
  );
  await expect(ticket).not.toContainText(frenchDay(firstDay));
  await captureScreen(page, 'youth-ticket-moved', test.info().project.outputDir);
  await expectNoSeriousA11yViolations(page);

  // The offer page says what the pro said about it.
  await page.goto(`/offre/${offerId}`);
  const facts = page.getByRole('region', { name: 'En bref' });
  await expect(facts).toContainText('Quartet du Canal');
  await expect(facts).toContainText('1\u00a0h\u00a030');
  await expect(facts).toContainText('Tout public');
  await captureScreen(page, 'youth-offer-facts', test.info().project.outputDir);
  await expectNoSeriousA11yViolations(page);
});
