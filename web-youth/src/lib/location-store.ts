import { useCallback, useSyncExternalStore } from 'react';
import {
  LOCATION_STORAGE_KEY,
  parseStoredLocation,
  serializeLocation,
  type SearchLocation,
} from './location';

// The choice is remembered in localStorage; when storage is unavailable (private
// mode, blocked), it lives in memory for the session.
let memory: string | null = null;
let snapshot: { raw: string | null; value: SearchLocation | null } = { raw: null, value: null };
const listeners = new Set<() => void>();

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(LOCATION_STORAGE_KEY);
  } catch {
    return memory;
  }
}

function getSnapshot(): SearchLocation | null {
  const raw = readRaw() ?? memory;
  if (raw !== snapshot.raw) snapshot = { raw, value: parseStoredLocation(raw) };
  return snapshot.value;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === LOCATION_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function saveSearchLocation(location: SearchLocation | null): void {
  const raw = location ? serializeLocation(location) : null;
  memory = raw;
  try {
    if (raw) window.localStorage.setItem(LOCATION_STORAGE_KEY, raw);
    else window.localStorage.removeItem(LOCATION_STORAGE_KEY);
  } catch {
    // Memory only.
  }
  for (const listener of listeners) listener();
}

/** The remembered search location and a setter (null forgets it). */
export function useSearchLocation(): [
  SearchLocation | null,
  (location: SearchLocation | null) => void,
] {
  const location = useSyncExternalStore(subscribe, getSnapshot, () => null);
  const set = useCallback((next: SearchLocation | null) => saveSearchLocation(next), []);
  return [location, set];
}
