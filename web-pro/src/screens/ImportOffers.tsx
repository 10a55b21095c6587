import { Page } from '@passculture/schema/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FormError } from '../components/Field';

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

/** Sends the file to the api: a preview, or the import itself when confirmed. */
export async function sendImport(file: Blob, confirm: boolean): Promise<ImportReport> {
  let response: Response;
  try {
    response = await fetch(`/imports/offers${confirm ? '?confirm=true' : ''}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new Error(NETWORK_ERROR);
  }
  const body = (await response.json().catch(() => null)) as
    (ImportReport & { message?: string }) | null;
  if (!response.ok || !body) throw new Error(body?.message ?? NETWORK_ERROR);
  return body;
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

  async function run(confirm: boolean) {
    if (!file) return;
    setBusy(confirm ? 'import' : 'preview');
    setError(null);
    try {
      const report = await sendImport(file, confirm);
      if (confirm) setResult(report);
      else setPreview(report);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(null);
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
          <button type="submit" className="button button-primary" disabled={!file || !!busy}>
            Vérifier le fichier
          </button>
        </p>
      </form>
      {busy && (
        <div role="status">
          <p>
            {busy === 'preview' ? 'Vérification du fichier…' : 'Import en cours…'} Cela peut prendre
            quelques minutes pour un très grand catalogue.
          </p>
          <progress aria-label={busy === 'preview' ? 'Vérification' : 'Import'} />
        </div>
      )}
      <FormError message={error} />
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
              <button
                type="button"
                className="button button-primary"
                disabled={!!busy}
                onClick={() => void run(true)}
              >
                Importer {writable.toLocaleString('fr-FR')} ligne{writable > 1 ? 's' : ''}
              </button>
            </p>
          )}
        </section>
      ) : null}
    </Page>
  );
}
