import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ImportOffers, { type ImportReport } from './ImportOffers';

const preview: ImportReport = {
  confirmed: false,
  counts: { CREATED: 1, UPDATED: 1, UNCHANGED: 0, REJECTED: 1 },
  lines: [
    { line: 2, outcome: 'CREATED', name: 'L’Étranger' },
    { line: 3, outcome: 'REJECTED', name: 'EAN faux', reason: 'L’EAN « 123 » n’est pas valide.' },
    { line: 4, outcome: 'UPDATED', name: 'Concert' },
  ],
  truncated: false,
};

function answer(status: number, body: unknown) {
  return Promise.resolve(new Response(JSON.stringify(body), { status }));
}

/** The api's streamed answer: progress after each batch, then the report. */
function streamed(report: ImportReport) {
  const body = [{ processed: 1 }, { processed: 3 }, { report }]
    .map((message) => JSON.stringify(message))
    .join('\n');
  return Promise.resolve(new Response(`${body}\n`, { status: 200 }));
}

function renderScreen() {
  render(
    <MemoryRouter>
      <ImportOffers />
    </MemoryRouter>,
  );
  const file = new File(['lieu;reference\n'], 'catalogue.csv', { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('Fichier CSV'), { target: { files: [file] } });
  // jsdom cannot mark a file input as filled for form validation: submit the form itself.
  fireEvent.submit(screen.getByRole('form', { name: 'Choisir le fichier à importer' }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('offer import', () => {
  it('shows every line of the preview, then confirms the same file', async () => {
    const fetch = vi
      .fn()
      .mockReturnValueOnce(streamed(preview))
      .mockReturnValueOnce(streamed({ ...preview, confirmed: true }));
    vi.stubGlobal('fetch', fetch);
    renderScreen();

    const table = await screen.findByRole('table', { name: 'Lignes du fichier' });
    const rejected = within(table).getByRole('row', { name: /^3 / });
    expect(rejected.textContent).toContain('Refusée');
    expect(rejected.textContent).toContain('n’est pas valide');
    expect(fetch).toHaveBeenLastCalledWith('/imports/offers?progress=true', expect.anything());

    fireEvent.click(screen.getByRole('button', { name: 'Importer 2 lignes' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    expect(fetch).toHaveBeenLastCalledWith(
      '/imports/offers?progress=true&confirm=true',
      expect.anything(),
    );
    const link = screen.getByRole('link', { name: 'Voir mes offres' });
    expect(link.getAttribute('href')).toBe('/offres');
  });

  it('says why a file is refused, and offers no import when nothing is writable', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockReturnValueOnce(
          answer(400, { code: 'BAD_USER_INPUT', message: 'Colonne manquante : prix.' }),
        ),
    );
    renderScreen();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Colonne manquante : prix.');
    expect(screen.queryByRole('button', { name: /^Importer/ })).toBeNull();
  });
});
