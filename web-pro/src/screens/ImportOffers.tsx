import { Button, FormAlert, Page } from '@passculture/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

type Outcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';

export interface ImportReport {
  confirmed: boolean;
  counts: Record<Outcome, number>;
  lines: { line: number; outcome: Outcome; reason?: string; name?: string }[];
  truncated: boolean;
}

const OUTCOME_LABELS: Record<Outcome, string> = {
  CREATED: 'Créée',
  UPDATED: 'Mise à jour',
  UNCHANGED: 'Inchangée',
  REJECTED: 'Refusée',
};

const NETWORK_ERROR = "Le fichier n'a pas pu être envoyé : vérifiez votre connexion et réessayez.";

/**
 * Sends the file to the api: a preview, or the import itself when confirmed. The api
 * streams the lines done after each batch (`onProgress`), then the report.
 */
export async function sendImport(
  file: Blob,
  confirm: boolean,
  onProgress: (lines: number) => void = () => undefined,
): Promise<ImportReport> {
  let response: Response;
  try {
    response = await fetch(`/imports/offers?progress=true${confirm ? '&confirm=true' : ''}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new Error(NETWORK_ERROR);
  }
  if (!response.ok || !response.body) {
    const refusal = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new Error(refusal?.message ?? NETWORK_ERROR);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new Error(NETWORK_ERROR);
    });
    pending += value ?? '';
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of done ? [...lines, pending] : lines) {
      if (!line.trim()) continue;
      const message = JSON.parse(line) as {
        processed?: number;
        report?: ImportReport;
        error?: { message: string };
      };
      if (message.report) return message.report;
      if (message.error) throw new Error(message.error.message);
      if (message.processed !== undefined) onProgress(message.processed);
    }
    if (done) throw new Error(NETWORK_ERROR);
  }
}

/** Lines of data in the file (its header aside), for the progress bar. */
async function dataLinesOf(file: Blob): Promise<number> {
  const text = await file.text();
  return Math.max(1, text.split(/\r\n|\n|\r/).filter((line) => line.trim()).length - 1);
}

function Summary({ report }: { report: ImportReport }) {
  return (
    <ul className="import-summary">
      {(Object.keys(OUTCOME_LABELS) as Outcome[]).map((outcome) => (
        <li key={outcome}>
          <strong>{report.counts[outcome].toLocaleString('fr-FR')}</strong>{' '}
          {OUTCOME_LABELS[outcome].toLowerCase()}
          {report.counts[outcome] > 1 ? 's' : ''}
        </li>
      ))}
    </ul>
  );
}

/** Offers and stocks in bulk from a CSV file: upload, read every line's outcome, confirm. */
export default function ImportOffers() {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  async function run(confirm: boolean) {
    if (!file) return;
    setBusy(confirm ? 'import' : 'preview');
    setError(null);
    try {
      const total = await dataLinesOf(file);
      setProgress({ done: 0, total });
      const report = await sendImport(file, confirm, (done) => setProgress({ done, total }));
      if (confirm) setResult(report);
      else setPreview(report);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setPreview(null);
    setResult(null);
    void run(false);
  }

  const writable = preview ? preview.counts.CREATED + preview.counts.UPDATED : 0;
  return (
    <Page title="Importer des offres">
      <p className="lead">
        Publiez tout votre catalogue d'un coup à partir d'un fichier CSV exporté de votre logiciel
        ou d'un tableur. Une ligne par offre (par date pour un évènement) : une référence ou un EAN
        déjà importé met à jour le prix et la quantité de l'offre au lieu d'en créer une autre.
      </p>
      <p>
        <a className="button button-secondary" href="/imports/offers/template.csv" download>
          Télécharger le modèle de fichier
        </a>
      </p>
      <p className="hint">
        Le modèle nomme les colonnes et donne un exemple de livre et de concert. Séparateur « ; » ou
        « , », encodage UTF-8. Le prix est en euros (12,50), la quantité vide veut dire illimitée,
        la date d'un évènement s'écrit JJ/MM/AAAA HH:MM (heure de Paris). Les nouvelles offres
        passent par la validation de pass Culture comme les autres.
      </p>
      <form onSubmit={submit} aria-label="Choisir le fichier à importer">
        <div className="field">
          <label htmlFor="import-file">Fichier CSV</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            required
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setPreview(null);
              setResult(null);
            }}
          />
        </div>
        <p className="actions">
          <Button type="submit" disabled={!file || !!busy}>
            Vérifier le fichier
          </Button>
        </p>
      </form>
      {busy && (
        <div role="status">
          <p>
            {busy === 'preview' ? 'Vérification du fichier…' : 'Import en cours…'} Cela peut prendre
            quelques minutes pour un très grand catalogue.
          </p>
          {progress && progress.done > 0 ? (
            <>
              <progress
                aria-label={busy === 'preview' ? 'Vérification' : 'Import'}
                value={progress.done}
                max={progress.total}
              />{' '}
              {progress.done.toLocaleString('fr-FR')} ligne{progress.done > 1 ? 's' : ''} sur{' '}
              {progress.total.toLocaleString('fr-FR')}
            </>
          ) : (
            <progress aria-label={busy === 'preview' ? 'Vérification' : 'Import'} />
          )}
        </div>
      )}
      <FormAlert>{error}</FormAlert>
      {result ? (
        <section aria-labelledby="import-done" role="status">
          <h2 id="import-done">Import terminé</h2>
          <Summary report={result} />
          <p>
            <Link to="/offres" className="button button-primary">
              Voir mes offres
            </Link>
          </p>
        </section>
      ) : preview ? (
        <section aria-labelledby="import-preview">
          <h2 id="import-preview">Ce que l'import va faire</h2>
          <Summary report={preview} />
          {preview.truncated && (
            <p className="hint">
              Seules les premières lignes sont listées ; toutes les lignes refusées le sont.
            </p>
          )}
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Lignes du fichier">
            <table>
              <caption className="visually-hidden">Lignes du fichier</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Offre</th>
                  <th scope="col">Résultat</th>
                  <th scope="col">Motif</th>
                </tr>
              </thead>
              <tbody>
                {preview.lines.map((line) => (
                  <tr key={line.line}>
                    <th scope="row">{line.line}</th>
                    <td>{line.name ?? ''}</td>
                    <td>{OUTCOME_LABELS[line.outcome]}</td>
                    <td>{line.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {writable === 0 ? (
            <p>
              Rien à importer : corrigez les lignes refusées puis vérifiez à nouveau le fichier.
            </p>
          ) : (
            <p className="actions">
              <Button disabled={!!busy} onClick={() => void run(true)}>
                Importer {writable.toLocaleString('fr-FR')} ligne{writable > 1 ? 's' : ''}
              </Button>
            </p>
          )}
        </section>
      ) : null}
    </Page>
  );
}
