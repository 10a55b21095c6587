import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, posterPng } from '@passculture/testing/playwright';
import { captureScreen, expectNoSeriousA11yViolations, logInAsCamille } from './helpers';

interface ProOffer {
  id: string;
  name: string;
  validation: string;
  isActive: boolean;
  isDigital: boolean;
  venueId: string;
}

test('offer and venue pages open with their image, in a modern format, sized before it loads', async ({
  page,
  request,
}) => {
  // A pro's software gives an offer and its venue an image through the api.
  const logInAnswer = await request.post('/graphql', {
    data: {
      query: 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }',
      variables: { e: DEMO_ACCOUNTS.pro, p: DEMO_PASSWORD },
    },
  });
  const token = ((await logInAnswer.json()) as { data: { logIn: { token: string } } }).data.logIn
    .token;
  const offersAnswer = await request.post('/graphql', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      query:
        'query { proOffers(first: 50) { edges { node { id name validation isActive isDigital venueId } } } }',
    },
  });
  const offers = (
    (await offersAnswer.json()) as { data: { proOffers: { edges: { node: ProOffer }[] } } }
  ).data.proOffers.edges.map((edge) => edge.node);
  const offer = offers.find((o) => o.validation === 'APPROVED' && o.isActive && !o.isDigital)!;
  for (const [path, width, height, alt] of [
    [`/images/offers/${offer.id}`, 900, 1200, `Affiche de ${offer.name}`],
    [`/images/venues/${offer.venueId}`, 1500, 1000, 'La façade du lieu, éclairée le soir'],
  ] as const) {
    const upload = await request.post(path, {
      headers: { authorization: `Bearer ${token}` },
      multipart: {
        alt,
        credit: 'Studio du journal',
        file: { name: 'image.png', mimeType: 'image/png', buffer: posterPng(width, height) },
      },
    });
    expect(upload.status(), await upload.text()).toBe(201);
  }

  await logInAsCamille(page);
  await page.goto(`/offre/${offer.id}`);
  const poster = page.getByRole('img', { name: `Affiche de ${offer.name}` });
  await expect(poster).toBeVisible();
  // Width and height are known before the file arrives: nothing below it moves.
  await expect(poster).toHaveAttribute('width', '900');
  await expect(poster).toHaveAttribute('height', '1200');
  await expect
    .poll(() => poster.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  expect(await poster.evaluate((img) => (img as HTMLImageElement).currentSrc)).toMatch(
    /\/images\/[0-9a-f]{40}\/\d+\.(avif|webp)$/,
  );
  await expect(page.getByText('© Studio du journal')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'offer-with-image');

  await page.goto(`/lieu/${offer.venueId}`);
  await expect(
    page.getByRole('img', { name: 'La façade du lieu, éclairée le soir' }),
  ).toBeVisible();
  // Each card has its picture: an image, or its category's illustration.
  const cards = page.locator('.offer-card');
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  for (let i = 0; i < Math.min(count, 5); i++) {
    await expect(cards.nth(i).locator('.media-frame img, .media-frame svg')).toHaveCount(1);
  }
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'venue-with-image');
});
