import { useMutation } from '@apollo/client/react';
import { errorMessage } from '@passculture/client';
import { Button } from '@passculture/ui';
import { useState } from 'react';
import { addFavoriteMutation, removeFavoriteMutation } from '../queries';
import { Icon } from './Icon';

/** Adds an offer to the favorites or takes it out; the label says what a press does. */
export function FavoriteButton({
  offerId,
  offerName,
  isFavorite,
  compact = false,
}: {
  offerId: string;
  offerName: string;
  isFavorite: boolean;
  /** In a list: the button names the offer for screen readers. */
  compact?: boolean;
}) {
  const options = { variables: { offerId }, refetchQueries: ['YouthMyFavorites'] };
  const [add, adding] = useMutation(addFavoriteMutation, options);
  const [remove, removing] = useMutation(removeFavoriteMutation, options);
  const [failure, setFailure] = useState<string | null>(null);
  const busy = adding.loading || removing.loading;

  async function toggle() {
    if (busy) return;
    setFailure(null);
    try {
      await (isFavorite ? remove() : add());
      setAnnounce(isFavorite ? 'Offre retirée de tes favoris.' : 'Offre ajoutée à tes favoris.');
    } catch (error) {
      setFailure(errorMessage(error, 'tu'));
    }
  }

  const label = isFavorite ? 'Retirer des favoris' : 'Ajouter aux favoris';
  const [announce, setAnnounce] = useState('');
  return (
    <div className="favorite">
      {/* Not a ToggleButton: its label says what a press does (« Retirer des favoris »),
          so an aria-pressed state would contradict it. */}
      <Button
        variant="secondary"
        className={`favorite-button${isFavorite ? ' is-favorite' : ''}`}
        busy={busy}
        onClick={() => void toggle()}
      >
        <Icon name="heart" filled={isFavorite} />
        <span>{label}</span>
        {compact && <span className="visually-hidden"> : {offerName}</span>}
      </Button>
      <span className="visually-hidden" aria-live="polite">
        {announce}
      </span>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </div>
  );
}
