// What only the young people's app says; money, dates, times and plurals come from
// the shared formats of @passculture/client.
import { formatEuros, formatPrice } from '@passculture/client';

/** Straight-line distance as the app says it: `à 850 m`, `à 1,2 km`, `à 12 km`. */
export function formatDistance(meters: number): string {
  if (!Number.isFinite(meters) || meters < 0) throw new RangeError(`Invalid distance: ${meters}`);
  if (meters < 1000) {
    // Below 100 m, say "à moins de 100 m": positions are not that precise.
    if (meters < 100) return 'à moins de 100 m';
    return `à ${Math.round(meters / 10) * 10} m`;
  }
  const km = meters / 1000;
  const digits = km < 10 ? 1 : 0;
  const text = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits }).format(
    Number(km.toFixed(digits)),
  );
  return `à ${text} km`;
}

/** The price line of an offer card: `Gratuit`, `12 €`, or `Dès 8 €` when prices differ. */
export function priceFrom(prices: readonly number[]): string | null {
  if (prices.length === 0) return null;
  const min = Math.min(...prices);
  const max = Math.max(...prices);
  if (min === max) return formatPrice(min);
  return min === 0 ? 'Gratuit ou payant' : `Dès ${formatEuros(min)}`;
}

/** Places left, when it is worth saying: `Plus que 3 places`, `45 places restantes`. */
export function formatRemaining(remaining: number | null): string | null {
  if (remaining === null) return null;
  if (remaining <= 0) return 'Complet';
  if (remaining === 1) return "Plus qu'une place";
  if (remaining <= 10) return `Plus que ${remaining} places`;
  return `${remaining} places restantes`;
}
