import { expect, test, type Page } from '@playwright/test';
import { captureScreen, expectNoSeriousA11yViolations, logInAsCamille } from './helpers';

/** An offer near Saint-Denis with a bookable stock that Camille has not booked yet. */
async function unbookedOfferId(page: Page): Promise<string> {
  const response = await page.request.post('/graphql', {
    data: {
      query: `query($input: SearchOffersInput!) {
        searchOffers(input: $input) { edges { node { id stocks { isBookable } } } }
        myBookings { status offer { id } }
      }`,
      variables: {
        input: {
          around: { latitude: 48.9362, longitude: 2.3574 },
          first: 50,
          maxPriceCents: 3000,
          includeDigital: false,
        },
      },
    },
  });
  const { data } = (await response.json()) as {
    data: {
      searchOffers: { edges: { node: { id: string; stocks: { isBookable: boolean }[] } }[] };
      myBookings: { status: string; offer: { id: string } }[];
    };
  };
  const booked = new Set(
    data.myBookings.filter((b) => b.status !== 'CANCELLED').map((b) => b.offer.id),
  );
  const offer = data.searchOffers.edges
    .map((edge) => edge.node)
    .find((node) => !booked.has(node.id) && node.stocks.some((stock) => stock.isBookable));
  if (!offer) throw new Error('No bookable offer left for Camille near Saint-Denis');
  return offer.id;
}

test('the app installs, and a booked ticket stays readable offline with a notice', async ({
  page,
  context,
}) => {
  await logInAsCamille(page);

  // Installable: a French manifest with icons, and a service worker controlling the page.
  const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as {
    name: string;
    lang: string;
    icons: { sizes: string }[];
  };
  expect(manifest).toMatchObject({ name: 'pass Culture', lang: 'fr' });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  // Book a ticket through the offer page.
  await page.goto(`/offre/${await unbookedOfferId(page)}`);
  const booking = page.getByRole('region', { name: 'Réserver' });
  await booking.getByRole('radio').first().check();
  await booking.getByRole('button', { name: 'Continuer' }).click();
  await booking.getByRole('button', { name: /^Confirmer la réservation/ }).click();
  await expect(page).toHaveURL(/\/reservations\/\d+$/);
  const ticketUrl = new URL(page.url()).pathname;
  const token = (await page.locator('.ticket-token-value').innerText()).trim();
  expect(token).toMatch(/^[A-Z2-9]{6}$/);
  // The page is controlled by the service worker before the network goes.
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);

  // No network: reload the ticket page.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma réservation' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Tu es hors connexion' })).toContainText(
    'enregistrées sur ce téléphone le',
  );
  await expect(page.locator('.ticket-token-value')).toHaveText(token);
  await expect(page.getByRole('img', { name: `QR code de la réservation ${token}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'ticket-offline');

  // « Mes réservations » too.
  await page.goto('/reservations');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes réservations' })).toBeVisible();
  await expect(page.getByText(token)).toBeVisible();
  await expect(page.getByText('Tu es hors connexion.')).toBeVisible();

  // Network back: fresh data, and the notice goes: at once when the browser sends `online`,
  // else at the app's next try (every 15 s at most; Chromium 147 sends no `online` here).
  await context.setOffline(false);
  await expect(page.getByText('Tu es hors connexion.')).toHaveCount(0, { timeout: 20_000 });
  await page.goto(ticketUrl);
  await expect(page.locator('.ticket-token-value')).toHaveText(token);
  await expect(page.getByText('Tu es hors connexion.')).toHaveCount(0);

  // The service worker (scope /) leaves the pro and admin apps to the server.
  await page.goto('/pro/');
  await expect(page.getByRole('banner')).toContainText('pass Culture Pro');
  await page.goto('/admin/');
  await expect(page.getByRole('banner')).toContainText('pass Culture — Administration');
  await page.goto(ticketUrl);

  // Cancel it, so that the demo data stays as it was for the other journeys.
  await page
    .getByRole('button', { name: /Annuler la réservation/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Oui, annuler' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'est annulée' })).toBeVisible();
});

test('the profile lets a young person turn email reminders off and on', async ({ page }) => {
  await logInAsCamille(page);
  await page.goto('/profil');
  const emails = page.getByRole('region', { name: 'E-mails' });
  const reminders = emails.getByRole('checkbox', { name: 'Recevoir les rappels par e-mail' });
  await expect(reminders).toBeChecked();
  await reminders.uncheck();
  await expect(emails.getByRole('status')).toHaveText(
    'C’est enregistré : tu ne recevras plus les rappels par e-mail.',
  );
  await page.reload();
  await expect(reminders).not.toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'profile-emails');
  await reminders.check();
  await expect(emails.getByRole('status')).toHaveText(
    'C’est enregistré : tu recevras les rappels par e-mail.',
  );
});
