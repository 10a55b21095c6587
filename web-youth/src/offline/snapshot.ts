import type { YouthMeQuery, YouthMyBookingsQuery } from '../gql/graphql';

/**
 * The last answers the network gave for the session and the bookings, kept on this device so
 * that « Mes réservations » and each ticket open with no network. Cleared at log-out.
 */
export interface OfflineSnapshot {
  /** When the network last answered (ISO). */
  savedAt: string;
  me: YouthMeQuery;
  myBookings: YouthMyBookingsQuery | null;
}

const KEY = 'passculture:hors-ligne:v1';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be refused (private browsing, settings): the app works without it.
    return null;
  }
}

export function loadSnapshot(): OfflineSnapshot | null {
  const raw = storage()?.getItem(KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<OfflineSnapshot>;
    if (typeof parsed.savedAt !== 'string' || !parsed.me?.me) return null;
    return { savedAt: parsed.savedAt, me: parsed.me, myBookings: parsed.myBookings ?? null };
  } catch {
    return null;
  }
}

/**
 * Keeps a fresh answer. Bookings are only kept with the session they belong to: an answer
 * for another person replaces the whole snapshot.
 */
export function saveSnapshot(
  part: { me: YouthMeQuery } | { myBookings: YouthMyBookingsQuery },
  now = new Date(),
): void {
  const store = storage();
  if (!store) return;
  const previous = loadSnapshot();
  let next: OfflineSnapshot | null;
  if ('me' in part) {
    if (!part.me.me) {
      store.removeItem(KEY);
      return;
    }
    const samePerson = previous?.me.me?.id === part.me.me.id;
    next = {
      savedAt: now.toISOString(),
      me: part.me,
      myBookings: samePerson ? previous.myBookings : null,
    };
  } else {
    if (!previous) return;
    next = { ...previous, savedAt: now.toISOString(), myBookings: part.myBookings };
  }
  try {
    store.setItem(KEY, JSON.stringify(next));
  } catch {
    // Full storage: the offline copy is a comfort, never a reason to fail.
  }
}

export function clearSnapshot(): void {
  storage()?.removeItem(KEY);
}
