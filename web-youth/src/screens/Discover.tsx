import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage, formatShortDateTime } from '@passculture/client';
import { Button, ErrorAlert, Loading, Page, ToggleButton } from '@passculture/ui';
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { fewestLeft, nextDate, whereLabel } from '../components/HomeCard';
import type { HomeModuleData } from '../components/HomeModuleRow';
import { OfferVisual } from '../components/OfferVisual';
import { ShareButton } from '../components/ShareButton';
import { discoverySequence } from '../lib/discover';
import { formatRemaining, priceFrom } from '../lib/format';
import { useSearchLocation } from '../lib/location-store';
import { addFavoriteMutation, homeQuery, removeFavoriteMutation } from '../queries';

/** How far a finger must travel (px) for a swipe to count. */
const SWIPE = 60;

/**
 * Découvrir: one offer at a time, big, drawn from the home's modules with variety. Pass,
 * keep in favorites or open it with the buttons, the arrow keys (← passer, → favori,
 * ↑ ouvrir) or a swipe (left, right, up). Each new offer is announced to screen readers.
 */
export default function Discover() {
  const [location] = useSearchLocation();
  const navigate = useNavigate();
  const around = location ? { latitude: location.latitude, longitude: location.longitude } : null;
  const { data, loading, error, refetch } = useQuery(homeQuery, {
    variables: { input: { around } },
  });
  const sequence = useMemo(
    () =>
      discoverySequence(
        (data?.home.modules ?? []).map((m) =>
          m.items.map((item) => ({
            offerId: item.offer.id,
            categoryId: item.offer.subcategory.categoryId,
            item,
          })),
        ),
      ),
    [data],
  );
  const [index, setIndex] = useState(0);
  const [message, setMessage] = useState('');
  const [add, adding] = useMutation(addFavoriteMutation, { refetchQueries: ['YouthMyFavorites'] });
  const [remove] = useMutation(removeFavoriteMutation, { refetchQueries: ['YouthMyFavorites'] });
  const start = useRef<{ x: number; y: number } | null>(null);
  const current = sequence[index]?.item;

  const pass = () => {
    if (!current) return;
    setIndex((i) => i + 1);
  };
  const favorite = async () => {
    if (!current || adding.loading) return;
    try {
      if (current.offer.isFavorite) {
        await remove({ variables: { offerId: current.offer.id } });
        setMessage(`« ${current.offer.name} » retirée de tes favoris.`);
      } else {
        await add({ variables: { offerId: current.offer.id } });
        setMessage(`« ${current.offer.name} » ajoutée à tes favoris.`);
      }
    } catch (e) {
      setMessage(errorMessage(e, 'tu'));
    }
  };
  const open = () => {
    if (current) void navigate(`/offre/${current.offer.id}`);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'ArrowLeft') pass();
      else if (event.key === 'ArrowRight') void favorite();
      else if (event.key === 'ArrowUp') open();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const onPointerDown = (e: PointerEvent) => {
    start.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent) => {
    const from = start.current;
    start.current = null;
    if (!from) return;
    const dx = e.clientX - from.x;
    const dy = e.clientY - from.y;
    if (Math.abs(dx) >= SWIPE && Math.abs(dx) > Math.abs(dy)) {
      if (dx < 0) pass();
      else void favorite();
    } else if (dy <= -SWIPE) open();
  };

  if (error) {
    return (
      <Page title="Découvrir">
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (loading && !data) return <Loading label="Chargement des offres…" />;

  const done = index >= sequence.length;
  return (
    <Page title="Découvrir">
      <p className="hint" id="discover-help">
        Une offre à la fois. Touches : ← passer, → ajouter aux favoris, ↑ ouvrir. Sur un écran
        tactile, fais glisser la carte à gauche, à droite ou vers le haut.
      </p>
      {!location && (
        <p className="hint">
          <Link to="/">Choisis un lieu</Link> pour découvrir aussi ce qui se passe près de toi.
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {done
          ? 'Tu as tout vu.'
          : `Offre ${index + 1} sur ${sequence.length} : ${current!.offer.name}. ${message}`}
      </p>
      {done ? (
        <section className="card discover-done" aria-labelledby="discover-done-title">
          <h2 id="discover-done-title">Tu as tout vu !</h2>
          <p>Reviens bientôt : de nouvelles offres arrivent chaque jour.</p>
          <div className="button-row">
            <Button onClick={() => setIndex(0)}>Recommencer</Button>
            <Link className="button button-secondary" to="/recherche">
              Chercher une offre
            </Link>
          </div>
        </section>
      ) : (
        <DiscoverCard
          key={current!.offer.id}
          item={current!}
          position={`${index + 1} / ${sequence.length}`}
          onPointerDown={onPointerDown}
          onPointerUp={onPointerUp}
        />
      )}
      {!done && (
        <div className="discover-actions">
          <Button variant="secondary" onClick={pass}>
            <span aria-hidden="true">← </span>Passer
          </Button>
          <ToggleButton pressed={current!.offer.isFavorite} onClick={() => void favorite()}>
            <span aria-hidden="true">→ </span>
            {current!.offer.isFavorite ? 'Dans tes favoris' : 'Ajouter aux favoris'}
          </ToggleButton>
          <Button onClick={open}>
            <span aria-hidden="true">↑ </span>Ouvrir l’offre
          </Button>
        </div>
      )}
      {message && !done && <p className="hint discover-message">{message}</p>}
    </Page>
  );
}

type Item = HomeModuleData['items'][number];

function DiscoverCard({
  item,
  position,
  onPointerDown,
  onPointerUp,
}: {
  item: Item;
  position: string;
  onPointerDown: (e: PointerEvent) => void;
  onPointerUp: (e: PointerEvent) => void;
}) {
  const { offer } = item;
  const price = priceFrom(offer.stocks.map((s) => s.priceCents));
  const date = nextDate(offer);
  const left = formatRemaining(fewestLeft(offer));
  return (
    <article
      className="discover-card"
      aria-labelledby="discover-title"
      aria-describedby="discover-help"
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
    >
      <OfferVisual
        image={offer.image}
        categoryId={offer.subcategory.categoryId}
        ratio="full"
        priority
      />
      <div className="discover-card-body">
        <p className="discover-card-position">{position}</p>
        <p className="home-card-category">{offer.subcategory.label}</p>
        <h2 id="discover-title" className="discover-card-title">
          {offer.name}
        </h2>
        <p className="discover-card-where">
          {offer.venue.isVirtual ? 'Offre numérique' : offer.venue.name} ·{' '}
          {whereLabel(offer, item.distanceMeters ?? null)}
        </p>
        <p className="home-card-facts">
          {price && <span className="home-card-price">{price}</span>}
          {date && <span>{formatShortDateTime(date)}</span>}
          {left && <span>{left}</span>}
          {offer.isDuo && <span className="badge">Duo</span>}
        </p>
        <ShareButton title={offer.name} path={`/offre/${offer.id}`} />
      </div>
    </article>
  );
}
