import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  blockMapTiles,
  captureScreen,
  chooseTownAfterRefusingGeolocation,
  expectNoSeriousA11yViolations,
  logInAsCamille,
} from './helpers';

async function searchAroundSaintDenis(page: Page): Promise<void> {
  await blockMapTiles(page);
  await logInAsCamille(page);
  await chooseTownAfterRefusingGeolocation(page, '93200', 'Saint-Denis (93200)');
  await expect(page).toHaveURL(/\/recherche$/);
}

/** What a phone shows without scrolling (the full-page captures are very tall at 360 px). */
async function viewportShot(page: Page, name: string): Promise<void> {
  const dir = join(test.info().project.outputDir, 'screenshots');
  await page.screenshot({ path: join(dir, `${name}-viewport-360.png`), animations: 'disabled' });
}

/** The text of the option `aria-activedescendant` points at. */
async function activeOptionText(page: Page): Promise<string> {
  const field = page.getByRole('combobox', { name: 'Que cherches-tu ?' });
  const id = await field.getAttribute('aria-activedescendant');
  if (!id) return '';
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

test('Camille types « cinema » and picks suggestions with the keyboard', async ({ page }) => {
  await searchAroundSaintDenis(page);
  const field = page.getByRole('combobox', { name: 'Que cherches-tu ?' });
  await field.pressSequentially('cinema', { delay: 40 });

  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(listbox).toBeVisible();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  // Grouped: categories, venues, offers (no town is called « cinema »).
  await expect(listbox.getByRole('group', { name: 'Catégories' })).toBeVisible();
  await expect(listbox.getByRole('group', { name: 'Lieux' })).toBeVisible();
  await expect(listbox.getByRole('group', { name: 'Offres' })).toBeVisible();
  const count = await listbox.getByRole('option').count();
  expect(count).toBeGreaterThan(2);
  await expect(
    page.getByRole('status').filter({ hasText: `${count} suggestions.` }),
  ).toBeAttached();
  await expectNoSeriousA11yViolations(page);
  await viewportShot(page, 'search-suggestions');
  await captureScreen(page, 'search-suggestions');

  // Down, Down: the first venue is active; focus never leaves the field.
  await field.press('ArrowDown');
  expect(await activeOptionText(page)).toBe('Cinéma');
  await field.press('ArrowDown');
  const venueOption = listbox.getByRole('group', { name: 'Lieux' }).getByRole('option').first();
  await expect(venueOption).toHaveAttribute('aria-selected', 'true');
  const venueLine = (await venueOption.locator('.combobox-option-label').textContent())!.trim();
  await expect(field).toBeFocused();
  // Escape closes the list and keeps the words; Down opens it again.
  await field.press('Escape');
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(field).toHaveValue('cinema');
  await field.press('ArrowDown');
  await field.press('ArrowDown');
  expect(await activeOptionText(page)).toContain(venueLine);

  // Enter opens the venue's page.
  await field.press('Enter');
  await expect(page).toHaveURL(/\/lieu\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: venueLine })).toBeVisible();

  // Back to the search: the category suggestion filters the results.
  await page.goBack();
  await expect(page).toHaveURL(/\/recherche$/);
  const again = page.getByRole('combobox', { name: 'Que cherches-tu ?' });
  await again.fill('');
  await again.pressSequentially('ciné', { delay: 40 });
  await expect(page.getByRole('option', { name: 'Cinéma', exact: true })).toBeVisible();
  await again.press('ArrowDown');
  expect(await activeOptionText(page)).toBe('Cinéma');
  await again.press('Enter');
  await expect(page).toHaveURL(/\/recherche\?cat=CINEMA$/);
  const chip = page.getByRole('button', { name: /^Cinéma, \d+ offres?$/ });
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  const cards = page.locator('.offer-card');
  await expect(cards.first()).toBeVisible();
  for (const category of await cards.locator('.offer-card-category').allTextContents()) {
    expect(category).toMatch(/Séance de cinéma|Carte cinéma|Abonnement cinéma|cinéma/i);
  }
  // The chip's count is the number of cinema offers the list shows.
  const chipCount = Number(
    (await chip.textContent())!.match(/(\d[\d\s\u202f]*) offre/)![1]!.replace(/\D/g, ''),
  );
  if (chipCount <= 20) {
    await expect(page.locator('.results-count')).toHaveText(
      new RegExp(`^${chipCount} offres? trouvées?, les plus proches d'abord\\.$`),
    );
  }
  await expectNoSeriousA11yViolations(page);
  // Nothing widens the page beyond the phone's screen (a phone would zoom it all out).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await viewportShot(page, 'search-chips');
  await captureScreen(page, 'search-chips');
});

test('the filters: labelled groups, a wrong maximum price said and focused, then applied', async ({
  page,
}) => {
  await searchAroundSaintDenis(page);
  await page.locator('summary', { hasText: 'Filtres' }).click();
  await expect(
    page.getByRole('group', { name: 'Catégories' }).getByRole('checkbox'),
  ).not.toHaveCount(0);
  await expect(page.getByLabel('Distance maximum')).toHaveValue('20');
  await page
    .getByRole('radiogroup', { name: 'Prix' })
    .getByRole('radio', { name: "Jusqu'à un prix maximum" })
    .check();
  const maxPrice = page.getByLabel('Prix maximum (en euros)');
  await maxPrice.fill('beaucoup');
  await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
  await expect(maxPrice).toBeFocused();
  await expect(maxPrice).toHaveAttribute('aria-invalid', 'true');
  await expect(maxPrice).toHaveAccessibleDescription(
    'Saisis un prix maximum en euros, sans centimes (par exemple 20).',
  );
  await page
    .getByRole('group', { name: 'Autres critères' })
    .getByRole('checkbox', { name: /^Offres duo seulement/ })
    .check();
  await expectNoSeriousA11yViolations(page);
  await captureScreen(page, 'search-filters');

  await maxPrice.fill('20');
  await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
  await expect(page).toHaveURL(/prix=max&prixmax=20/);
  await expect(page).toHaveURL(/duo=1/);
  await expect(page.locator('summary', { hasText: 'Filtres' })).toContainText('(2 actifs)');
});

test('an impossible search says why, and a way out with its count works', async ({ page }) => {
  await searchAroundSaintDenis(page);
  await page.goto('/recherche?q=jazz&cat=CINEMA&numerique=0');
  await expect(page.getByText('Aucune offre ne correspond à ta recherche.')).toBeVisible();
  await expect(
    page.getByText(
      'Aucune offre pour « jazz » à moins de 20 km de Saint-Denis (93200), avec ces filtres : Cinéma et hors offres numériques.',
    ),
  ).toBeVisible();
  const wayOut = page.getByRole('button', { name: /^Retirer les filtres \d+ offres?$/ });
  await expect(wayOut).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Effacer la recherche et les filtres' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await viewportShot(page, 'search-no-results');
  await captureScreen(page, 'search-no-results');

  const promised = Number(
    (await wayOut.locator('.way-out-count').textContent())!.replace(/\D/g, ''),
  );
  expect(promised).toBeGreaterThan(0);
  await wayOut.click();
  // The words and the place stay; the filters are gone; the count was right.
  await expect(page).toHaveURL(/\/recherche\?q=jazz&numerique=0$/);
  await expect(page.locator('.offer-card').first()).toBeVisible();
  if (promised <= 20) {
    await expect(page.locator('.results-count')).toHaveText(
      new RegExp(`^${promised} offres? trouvées?, les plus proches d'abord\\.$`),
    );
  } else {
    await expect(page.locator('.offer-card')).toHaveCount(20);
  }
});

test('the map clusters nearby venues at 360 px; a cluster zooms in from the keyboard', async ({
  page,
}) => {
  await searchAroundSaintDenis(page);
  await page.getByRole('button', { name: 'Carte' }).click();
  await expect(
    page.getByRole('heading', { name: 'Lieux autour de Saint-Denis (93200)' }),
  ).toBeVisible();
  const clusters = page.locator('.cluster-marker');
  await expect(clusters.first()).toBeVisible();
  const title = (await clusters.first().getAttribute('title'))!;
  expect(title).toMatch(/^\d+ lieux, \d+ offres?\. Zoomer sur ce groupe$/);

  // No two markers overlap.
  const boxes = await page
    .locator('.cluster-marker, .venue-marker')
    .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON()));
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      expect(overlapX > 0 && overlapY > 0, `markers ${i} and ${j} overlap`).toBe(false);
    }
  }
  await expectNoSeriousA11yViolations(page);
  await page.locator('.map-frame').scrollIntoViewIfNeeded();
  await viewportShot(page, 'search-map');
  await captureScreen(page, 'search-map');

  // Enter on a cluster zooms in and puts the focus on what it split into.
  const venueTotal = async () =>
    Number((await page.locator('.venue-list-title').textContent())!.replace(/\D/g, ''));
  const before = await venueTotal();
  const cluster = clusters.first();
  await cluster.evaluate((element) => element.setAttribute('data-zoomed-from', ''));
  await cluster.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Zoom sur \d+ lieux\.$/)).toBeAttached();
  // The cluster parted: it is gone, and the focus is on a marker holding some of its venues.
  await expect(page.locator('[data-zoomed-from]')).toHaveCount(0);
  await expect
    .poll(() =>
      page.evaluate(() =>
        Boolean(document.activeElement?.matches('.venue-marker, .cluster-marker')),
      ),
    )
    .toBe(true);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('title') ?? '');
  expect(focused).toMatch(/( : \d+ offres?|Zoomer sur ce groupe|Voir la liste)$/);
  expect(await venueTotal()).toBe(before);

  // The map follows the filters: the cinema chip keeps only venues with cinema offers.
  await page.getByRole('button', { name: /^Cinéma, \d+ offres?$/ }).click();
  await expect(page).toHaveURL(/cat=CINEMA/);
  await expect.poll(venueTotal).toBeLessThan(before);
  await expect(page.locator('.cluster-marker, .venue-marker').first()).toBeVisible();
});
