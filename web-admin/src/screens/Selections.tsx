import { useMutation, useQuery } from '@apollo/client/react';
import { errorFieldsOf, formatDateTime, plural } from '@passculture/client';
import {
  Button,
  ErrorAlert,
  Loading,
  Page,
  SelectField,
  TextAreaField,
  TextField,
} from '@passculture/ui';
import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import type { AdminSelectionsQuery, EditorialSelectionKind } from '../gql/graphql';
import { FeedbackAlert, type Feedback } from '../ui/Feedback';
import {
  emptyDraft,
  draftOf,
  draftProblems,
  inputOf,
  moveItem,
  selectionStatus,
  type SelectionDraft,
} from './selections';

const SelectionsQuery = graphql(`
  query AdminSelections {
    editorialSelections {
      id
      title
      text
      kind
      offerIds
      ruleCategoryId
      ruleDepartmentCode
      ruleBeginsFrom
      ruleBeginsUntil
      departmentCodes
      publishedFrom
      publishedUntil
      position
      offers {
        id
        name
      }
    }
    categories {
      id
      label
    }
  }
`);

const SaveSelectionMutation = graphql(`
  mutation SaveSelection($id: ID, $input: EditorialSelectionInput!) {
    saveEditorialSelection(id: $id, input: $input) {
      id
    }
  }
`);

const DeleteSelectionMutation = graphql(`
  mutation DeleteSelection($id: ID!) {
    deleteEditorialSelection(id: $id)
  }
`);

const ReorderSelectionsMutation = graphql(`
  mutation ReorderSelections($ids: [ID!]!) {
    reorderEditorialSelections(ids: $ids) {
      id
      position
    }
  }
`);

type Selection = AdminSelectionsQuery['editorialSelections'][number];

/** Editorial selections of the young people's home: list, create, edit, delete. */
export function Selections() {
  const { data, loading, error, refetch } = useQuery(SelectionsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [save, saving] = useMutation(SaveSelectionMutation);
  const [remove, removing] = useMutation(DeleteSelectionMutation);
  const [reorderSelections, reordering] = useMutation(ReorderSelectionsMutation);
  /** The order being saved, shown at once; null: the server's. */
  const [pendingOrder, setPendingOrder] = useState<string[] | null>(null);
  /** What the live region says after a move (position and total). */
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [editing, setEditing] = useState<{ id: string | null; draft: SelectionDraft } | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const categories = data?.categories ?? [];
  const categoryLabel = (id: string | null) => categories.find((c) => c.id === id)?.label ?? id;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    setFeedback(null);
    const problems = draftProblems(editing.draft);
    setFields(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      await save({ variables: { id: editing.id, input: inputOf(editing.draft) } });
      setFeedback({
        kind: 'success',
        message: editing.id
          ? `La sélection « ${editing.draft.title.trim()} » est enregistrée.`
          : `La sélection « ${editing.draft.title.trim()} » est créée.`,
      });
      setEditing(null);
      await refetch();
    } catch (e) {
      setFields(errorFieldsOf(e));
      setFeedback({ kind: 'error', error: e });
    }
  };

  const erase = async (selection: Selection) => {
    setFeedback(null);
    try {
      await remove({ variables: { id: selection.id } });
      setFeedback({
        kind: 'success',
        message: `La sélection « ${selection.title} » est supprimée.`,
      });
      await refetch();
    } catch (e) {
      setFeedback({ kind: 'error', error: e });
    }
  };

  const serverList = data?.editorialSelections ?? [];
  const selections = pendingOrder
    ? pendingOrder.flatMap((id) => serverList.filter((s) => s.id === id))
    : serverList;

  /** Moves one selection to `to` (0-based) and saves the whole order in one mutation. */
  const move = async (id: string, to: number) => {
    const ids = selections.map((s) => s.id);
    const from = ids.indexOf(id);
    const order = moveItem(ids, from, to);
    if (order.join() === ids.join()) return;
    const title = selections[from]!.title;
    setFeedback(null);
    setPendingOrder(order);
    setAnnouncement(
      `« ${title} » est maintenant en position ${order.indexOf(id) + 1} sur ${order.length}.`,
    );
    try {
      await reorderSelections({ variables: { ids: order } });
      await refetch();
    } catch (e) {
      setAnnouncement(`L’ordre n’a pas pu être enregistré : « ${title} » reprend sa place.`);
      setFeedback({ kind: 'error', error: e });
      await refetch();
    } finally {
      setPendingOrder(null);
    }
  };

  const field = (name: string) => (fields[name] ? { error: fields[name] } : {});

  return (
    <Page title="Sélections de la page d’accueil">
      <p>
        Les sélections apparaissent sur la page d’accueil des jeunes, dans l’ordre de leur position,
        pendant leur période de publication. Une sélection dont aucune offre n’est plus réservable
        n’est pas affichée.
      </p>
      <FeedbackAlert feedback={feedback} />
      {!editing && (
        <Button
          onClick={() => {
            setFields({});
            setEditing({ id: null, draft: emptyDraft(new Date()) });
          }}
        >
          Nouvelle sélection
        </Button>
      )}

      {editing && (
        <form className="selection-form" onSubmit={(e) => void submit(e)} noValidate>
          <h2 className="fr-h4">{editing.id ? 'Modifier la sélection' : 'Nouvelle sélection'}</h2>
          <TextField
            label="Titre"
            hint="80 caractères au plus, vu en titre du module."
            {...field('title')}
            value={editing.draft.title}
            maxLength={80}
            required={true}
            onChange={(e) =>
              setEditing({ ...editing, draft: { ...editing.draft, title: e.target.value } })
            }
          />
          <TextAreaField
            label="Texte (facultatif)"
            {...field('text')}
            value={editing.draft.text}
            maxLength={500}
            rows={2}
            onChange={(e) =>
              setEditing({ ...editing, draft: { ...editing.draft, text: e.target.value } })
            }
          />
          <SelectField
            label="Contenu"
            value={editing.draft.kind}
            onChange={(e) =>
              setEditing({
                ...editing,
                draft: { ...editing.draft, kind: e.target.value as EditorialSelectionKind },
              })
            }
          >
            <option value="LIST">Une liste d’offres choisies</option>
            <option value="RULE">Une règle : catégorie, département, dates</option>
          </SelectField>
          {editing.draft.kind === 'LIST' ? (
            <TextField
              label="Numéros des offres"
              hint="Dans l’ordre d’affichage, séparés par des virgules (30 au plus). Seules des offres visibles des jeunes sont acceptées."
              {...field('offerIds')}
              value={editing.draft.offerIds}
              required={true}
              inputMode="numeric"
              onChange={(e) =>
                setEditing({ ...editing, draft: { ...editing.draft, offerIds: e.target.value } })
              }
            />
          ) : (
            <>
              <SelectField
                label="Catégorie"
                {...field('ruleCategoryId')}
                value={editing.draft.ruleCategoryId}
                required={true}
                onChange={(e) =>
                  setEditing({
                    ...editing,
                    draft: { ...editing.draft, ruleCategoryId: e.target.value },
                  })
                }
              >
                <option value="">Choisir une catégorie</option>
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </SelectField>
              <TextField
                label="Département des lieux (facultatif)"
                hint="Un code, par exemple 35 ou 2A. Vide : partout, en ligne compris."
                {...field('ruleDepartmentCode')}
                value={editing.draft.ruleDepartmentCode}
                maxLength={3}
                onChange={(e) =>
                  setEditing({
                    ...editing,
                    draft: { ...editing.draft, ruleDepartmentCode: e.target.value },
                  })
                }
              />
              <div className="selection-dates">
                <TextField
                  label="Dates à partir du (facultatif)"
                  {...field('ruleBeginsFrom')}
                  type="date"
                  value={editing.draft.ruleBeginsFrom}
                  onChange={(e) =>
                    setEditing({
                      ...editing,
                      draft: { ...editing.draft, ruleBeginsFrom: e.target.value },
                    })
                  }
                />
                <TextField
                  label="Jusqu’au (facultatif)"
                  {...field('ruleBeginsUntil')}
                  type="date"
                  value={editing.draft.ruleBeginsUntil}
                  onChange={(e) =>
                    setEditing({
                      ...editing,
                      draft: { ...editing.draft, ruleBeginsUntil: e.target.value },
                    })
                  }
                />
              </div>
            </>
          )}
          <TextField
            label="Départements des jeunes qui la voient"
            hint="Codes séparés par des virgules ; vide : toute la France."
            {...field('departmentCodes')}
            value={editing.draft.departmentCodes}
            onChange={(e) =>
              setEditing({
                ...editing,
                draft: { ...editing.draft, departmentCodes: e.target.value },
              })
            }
          />
          <div className="selection-dates">
            <TextField
              label="Publiée à partir du"
              {...field('publishedFrom')}
              type="date"
              required={true}
              value={editing.draft.publishedFrom}
              onChange={(e) =>
                setEditing({
                  ...editing,
                  draft: { ...editing.draft, publishedFrom: e.target.value },
                })
              }
            />
            <TextField
              label="Jusqu’au (facultatif, inclus)"
              {...field('publishedUntil')}
              type="date"
              value={editing.draft.publishedUntil}
              onChange={(e) =>
                setEditing({
                  ...editing,
                  draft: { ...editing.draft, publishedUntil: e.target.value },
                })
              }
            />
          </div>
          <TextField
            label="Position"
            hint="Les plus petites d’abord, de 0 à 1000."
            {...field('position')}
            type="number"
            min={0}
            max={1000}
            value={editing.draft.position}
            onChange={(e) =>
              setEditing({ ...editing, draft: { ...editing.draft, position: e.target.value } })
            }
          />
          <div className="button-row">
            <Button type="submit" disabled={saving.loading}>
              Enregistrer
            </Button>
            <Button
              variant="secondary"
              type="button"
              onClick={() => {
                setEditing(null);
                setFields({});
              }}
            >
              Annuler
            </Button>
          </div>
        </form>
      )}

      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!data && loading && <Loading label="Chargement des sélections…" />}
      {data && selections.length === 0 && <p>Aucune sélection pour le moment.</p>}
      <p className="fr-sr-only" aria-live="polite" role="status">
        {announcement}
      </p>
      {data && selections.length > 1 && (
        <p className="fr-text--sm">
          Glissez une sélection pour changer l’ordre, ou utilisez ses boutons « Monter » et «
          Descendre ».
        </p>
      )}
      {data && selections.length > 0 && (
        <ol className="selection-list">
          {selections.map((s, index) => {
            const status = selectionStatus(s, new Date());
            const hidden = s.kind === 'LIST' ? s.offerIds.length - s.offers.length : 0;
            return (
              <li
                key={s.id}
                className={`fr-card fr-p-2w selection-item${dragged === s.id ? ' selection-item--dragged' : ''}`}
                draggable={!reordering.loading}
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', s.id);
                  setDragged(s.id);
                }}
                onDragEnd={() => setDragged(null)}
                onDragOver={(event) => {
                  if (dragged && dragged !== s.id) event.preventDefault();
                }}
                onDrop={(event) => {
                  event.preventDefault();
                  const id = dragged ?? event.dataTransfer.getData('text/plain');
                  setDragged(null);
                  if (id && id !== s.id) void move(id, index);
                }}
              >
                <h2 className="fr-h6 fr-mb-1v">
                  {s.title}{' '}
                  <span className={`fr-badge fr-badge--sm ${status.badge}`}>{status.label}</span>
                </h2>
                {s.text && <p className="fr-mb-1v">{s.text}</p>}
                <p className="fr-text--sm fr-mb-1v">
                  {s.kind === 'LIST'
                    ? `${plural(s.offerIds.length, 'offre')} : ${s.offers.map((o) => o.name).join(', ') || '—'}${hidden > 0 ? ` (${hidden} plus visible${hidden > 1 ? 's' : ''})` : ''}`
                    : `Règle : ${categoryLabel(s.ruleCategoryId)}${s.ruleDepartmentCode ? `, lieux du ${s.ruleDepartmentCode}` : ', partout'}${s.ruleBeginsFrom ? `, dates dès le ${formatDateTime(s.ruleBeginsFrom)}` : ''}${s.ruleBeginsUntil ? `, avant le ${formatDateTime(s.ruleBeginsUntil)}` : ''}`}
                </p>
                <p className="fr-text--sm fr-mb-1v">
                  Pour{' '}
                  {s.departmentCodes.length
                    ? `les départements ${s.departmentCodes.join(', ')}`
                    : 'toute la France'}{' '}
                  · publiée du {formatDateTime(s.publishedFrom)}
                  {s.publishedUntil ? ` au ${formatDateTime(s.publishedUntil)}` : ', sans fin'} ·
                  position {index + 1} sur {selections.length}
                </p>
                <div className="button-row">
                  <Button
                    variant="tertiary"
                    size="small"
                    disabled={index === 0 || reordering.loading}
                    onClick={() => void move(s.id, index - 1)}
                  >
                    Monter<span className="visually-hidden"> : {s.title}</span>
                  </Button>
                  <Button
                    variant="tertiary"
                    size="small"
                    disabled={index === selections.length - 1 || reordering.loading}
                    onClick={() => void move(s.id, index + 1)}
                  >
                    Descendre<span className="visually-hidden"> : {s.title}</span>
                  </Button>
                  <Button
                    variant="secondary"
                    size="small"
                    onClick={() => {
                      setFields({});
                      setEditing({ id: s.id, draft: draftOf(s) });
                    }}
                  >
                    Modifier<span className="fr-sr-only"> : {s.title}</span>
                  </Button>
                  <Button
                    variant="tertiary"
                    size="small"
                    disabled={removing.loading}
                    onClick={() => void erase(s)}
                  >
                    Supprimer<span className="fr-sr-only"> : {s.title}</span>
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </Page>
  );
}
