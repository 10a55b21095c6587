import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  ErrorAlert,
  Loading,
  OfferImage,
  Page,
  SelectField,
  TextField,
} from '@passculture/ui';
import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import type { ModerationRuleKind } from '../gql/graphql';
import { FeedbackAlert, type Feedback } from '../ui/Feedback';
import { formatDateTime, formatEuros, plural } from '@passculture/client';
import { ReasonDecision } from '../ui/ReasonDecision';
import { DataTable } from '../ui/DataTable';

const ModerationQuery = graphql(`
  query Moderation {
    moderationRules {
      id
      label
      kind
      priceThresholdCents
      words
      subcategoryIds
      isActive
    }
    moderationQueue {
      id
      name
      description
      subcategoryId
      venueName
      venueDepartmentCode
      offererName
      updatedAt
      pricesCents
      liveBookings
      matchedRules
      image {
        url(width: 400)
        srcset
        sources {
          type
          srcset
        }
        alt
        credit
        width
        height
        large: url(width: 1200)
      }
    }
    categories {
      id
      label
      subcategories {
        id
        label
      }
    }
  }
`);

const CreateRuleMutation = graphql(`
  mutation CreateModerationRule($input: ModerationRuleInput!) {
    createModerationRule(input: $input) {
      id
    }
  }
`);

const SetRuleActiveMutation = graphql(`
  mutation SetModerationRuleActive($id: ID!, $isActive: Boolean!) {
    setModerationRuleActive(id: $id, isActive: $isActive) {
      id
      isActive
    }
  }
`);

const ApproveOfferMutation = graphql(`
  mutation ApproveOffer($offerId: ID!) {
    approveOffer(offerId: $offerId)
  }
`);

const RejectOfferMutation = graphql(`
  mutation RejectOffer($offerId: ID!, $reason: String!) {
    rejectOffer(offerId: $offerId, reason: $reason)
  }
`);

const KINDS: { value: ModerationRuleKind; label: string }[] = [
  { value: 'PRICE_ABOVE', label: 'Prix supérieur à un plafond' },
  { value: 'WORDS', label: 'Mots dans le nom ou la description' },
  { value: 'SUBCATEGORIES', label: 'Sous-catégories' },
];

/** Moderation: the rules (data) that hold new and edited offers, and the queue they fill. */
export function Moderation() {
  const { data, loading, error, refetch } = useQuery(ModerationQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [createRule, creating] = useMutation(CreateRuleMutation);
  const [setActive] = useMutation(SetRuleActiveMutation);
  const [approveOffer, approving] = useMutation(ApproveOfferMutation);
  const [rejectOffer, rejecting] = useMutation(RejectOfferMutation);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [draft, setDraft] = useState({
    label: '',
    kind: 'WORDS' as ModerationRuleKind,
    euros: '',
    words: '',
    subcategory: '',
  });

  const act = async (work: () => Promise<unknown>, message: string) => {
    setFeedback(null);
    try {
      await work();
      setFeedback({ kind: 'success', message });
      await refetch();
      return true;
    } catch (e) {
      setFeedback({ kind: 'error', error: e });
      return false;
    }
  };
  const subcategoryLabel = new Map(
    data?.categories.flatMap((c) => c.subcategories.map((s) => [s.id, s.label] as const)) ?? [],
  );
  const categoryOf = new Map(
    data?.categories.flatMap((c) => c.subcategories.map((s) => [s.id, c.id] as const)) ?? [],
  );

  const submitRule = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      label: draft.label,
      kind: draft.kind,
      priceThresholdCents:
        draft.kind === 'PRICE_ABOVE'
          ? Math.round(Number(draft.euros.replace(',', '.')) * 100)
          : null,
      words:
        draft.kind === 'WORDS'
          ? draft.words
              .split(',')
              .map((w) => w.trim())
              .filter(Boolean)
          : null,
      subcategoryIds:
        draft.kind === 'SUBCATEGORIES' && draft.subcategory ? [draft.subcategory] : null,
    };
    if (draft.kind === 'PRICE_ABOVE' && !Number.isFinite(input.priceThresholdCents))
      input.priceThresholdCents = -1;
    const done = await act(
      () => createRule({ variables: { input } }),
      `La règle « ${draft.label} » est ajoutée.`,
    );
    if (done) setDraft({ label: '', kind: 'WORDS', euros: '', words: '', subcategory: '' });
  };

  const describe = (rule: NonNullable<typeof data>['moderationRules'][number]) => {
    if (rule.kind === 'PRICE_ABOVE')
      return `Prix supérieur à ${formatEuros(rule.priceThresholdCents ?? 0)}`;
    if (rule.kind === 'WORDS') return `Mots : ${(rule.words ?? []).join(', ')}`;
    return `Sous-catégories : ${(rule.subcategoryIds ?? []).map((id) => subcategoryLabel.get(id) ?? id).join(', ')}`;
  };

  return (
    <Page title="Modération des offres">
      <FeedbackAlert feedback={feedback} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <section aria-labelledby="queue-title">
            <h2 id="queue-title" className="fr-h4">
              Offres à modérer
            </h2>
            {data.moderationQueue.length === 0 ? (
              <p>Aucune offre en attente de modération.</p>
            ) : (
              <DataTable
                caption={
                  <>
                    {plural(data.moderationQueue.length, 'offre')} en attente, les plus anciennes
                    d'abord
                  </>
                }
              >
                <thead>
                  <tr>
                    <th scope="col">Image</th>
                    <th scope="col">Offre</th>
                    <th scope="col">Lieu et structure</th>
                    <th scope="col">Prix</th>
                    <th scope="col">Réservations en cours</th>
                    <th scope="col">Règles concernées</th>
                    <th scope="col">Décision</th>
                  </tr>
                </thead>
                <tbody>
                  {data.moderationQueue.map((offer) => (
                    <tr key={offer.id}>
                      <td className="moderation-image">
                        <OfferImage
                          image={offer.image}
                          categoryId={categoryOf.get(offer.subcategoryId) ?? ''}
                          sizes="96px"
                        />
                        {offer.image ? (
                          <p className="fr-text--xs fr-mb-0">
                            Texte alternatif : {offer.image.alt}
                            {offer.image.credit && <> — © {offer.image.credit}</>}
                            <br />
                            <a href={offer.image.large} target="_blank" rel="noreferrer">
                              Voir en grand
                              <span className="fr-sr-only"> l'image de {offer.name}</span>
                            </a>
                          </p>
                        ) : (
                          <p className="fr-text--xs fr-mb-0">Pas d'image (illustration)</p>
                        )}
                      </td>
                      <th scope="row" className="moderation-offer">
                        <strong>{offer.name}</strong>
                        <br />
                        <span className="fr-text--xs">
                          {subcategoryLabel.get(offer.subcategoryId) ?? offer.subcategoryId} —
                          modifiée le {formatDateTime(offer.updatedAt)}
                        </span>
                        {offer.description && (
                          <p className="fr-text--xs fr-mb-0">{offer.description}</p>
                        )}
                      </th>
                      <td>
                        {offer.venueName}
                        {offer.venueDepartmentCode && ` (${offer.venueDepartmentCode})`}
                        <br />
                        <span className="fr-text--xs">{offer.offererName}</span>
                      </td>
                      <td>{offer.pricesCents.map(formatEuros).join(', ') || '—'}</td>
                      <td>{offer.liveBookings}</td>
                      <td>{offer.matchedRules.join(', ') || 'Aucune règle active'}</td>
                      <td className="decision-cell">
                        <Button
                          size="small"
                          disabled={approving.loading}
                          aria-label={`Approuver l'offre ${offer.name}`}
                          onClick={() =>
                            void act(
                              () => approveOffer({ variables: { offerId: offer.id } }),
                              `L'offre « ${offer.name} » est approuvée.`,
                            )
                          }
                        >
                          Approuver
                        </Button>
                        {offer.image && (
                          <ReasonDecision
                            label="Rejeter pour l'image"
                            subject={`l'offre ${offer.name}`}
                            initialReason="Image non conforme : "
                            confirmLabel={
                              offer.liveBookings > 0
                                ? `Rejeter et annuler ${offer.liveBookings} réservation(s)`
                                : 'Confirmer le rejet'
                            }
                            busy={rejecting.loading}
                            onConfirm={(reason) =>
                              void act(
                                () => rejectOffer({ variables: { offerId: offer.id, reason } }),
                                `L'offre « ${offer.name} » est rejetée pour son image ; ses réservations en cours sont annulées et les crédits rendus.`,
                              )
                            }
                          />
                        )}
                        <ReasonDecision
                          label="Rejeter"
                          subject={`l'offre ${offer.name}`}
                          confirmLabel={
                            offer.liveBookings > 0
                              ? `Rejeter et annuler ${plural(offer.liveBookings, 'réservation')}`
                              : 'Confirmer le rejet'
                          }
                          busy={rejecting.loading}
                          onConfirm={(reason) =>
                            void act(
                              () => rejectOffer({ variables: { offerId: offer.id, reason } }),
                              `L'offre « ${offer.name} » est rejetée ; ses réservations en cours sont annulées et les crédits rendus.`,
                            )
                          }
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )}
          </section>

          <section aria-labelledby="rules-title">
            <h2 id="rules-title" className="fr-h4">
              Règles de modération
            </h2>
            <p>
              Une offre créée ou modifiée qui répond à une règle active attend une décision avant
              d'être visible.
            </p>
            {data.moderationRules.length === 0 ? (
              <p>Aucune règle : les offres sont publiées sans modération.</p>
            ) : (
              <ul className="rules">
                {data.moderationRules.map((rule) => (
                  <li key={rule.id}>
                    <strong>{rule.label}</strong> — {describe(rule)}{' '}
                    <span
                      className={`fr-badge fr-badge--sm ${rule.isActive ? 'fr-badge--success' : ''}`}
                    >
                      {rule.isActive ? 'active' : 'inactive'}
                    </span>{' '}
                    <Button
                      variant="tertiary"
                      size="small"
                      onClick={() =>
                        void act(
                          () => setActive({ variables: { id: rule.id, isActive: !rule.isActive } }),
                          `La règle « ${rule.label} » est ${rule.isActive ? 'désactivée' : 'activée'}.`,
                        )
                      }
                    >
                      {rule.isActive ? 'Désactiver' : 'Activer'}
                      <span className="fr-sr-only"> la règle {rule.label}</span>
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <form
              onSubmit={(e) => void submitRule(e)}
              className="rule-form"
              aria-labelledby="new-rule-title"
            >
              <h3 id="new-rule-title" className="fr-h6">
                Ajouter une règle
              </h3>
              <TextField
                label="Nom de la règle"
                value={draft.label}
                maxLength={200}
                required={true}
                onChange={(e) => setDraft({ ...draft, label: e.target.value })}
              />
              <SelectField
                label="Type de règle"
                value={draft.kind}
                onChange={(e) => setDraft({ ...draft, kind: e.target.value as ModerationRuleKind })}
              >
                {KINDS.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </SelectField>
              {draft.kind === 'PRICE_ABOVE' && (
                <TextField
                  label="Prix plafond (en euros)"
                  hint="Une offre dont un tarif dépasse ce prix attend une décision."
                  inputMode="decimal"
                  value={draft.euros}
                  required={true}
                  onChange={(e) => setDraft({ ...draft, euros: e.target.value })}
                />
              )}
              {draft.kind === 'WORDS' && (
                <TextField
                  label="Mots ou expressions"
                  hint="Séparés par des virgules ; majuscules et accents ignorés."
                  value={draft.words}
                  required={true}
                  onChange={(e) => setDraft({ ...draft, words: e.target.value })}
                />
              )}
              {draft.kind === 'SUBCATEGORIES' && (
                <SelectField
                  label="Sous-catégorie"
                  value={draft.subcategory}
                  required={true}
                  onChange={(e) => setDraft({ ...draft, subcategory: e.target.value })}
                >
                  <option value="">Choisir une sous-catégorie</option>
                  {data.categories.map((c) => (
                    <optgroup key={c.id} label={c.label}>
                      {c.subcategories.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </SelectField>
              )}
              <Button type="submit" disabled={creating.loading}>
                Ajouter la règle
              </Button>
            </form>
          </section>
        </>
      )}
    </Page>
  );
}
