import { useApolloClient } from '@apollo/client/react';
import { errorCodeOf } from '@passculture/client';
import { AppFrame, Loading } from '@passculture/ui';
import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import { meQuery, myBookingsQuery } from '../queries';
import { clearSnapshot, loadSnapshot, saveSnapshot } from './snapshot';

export interface OfflineState {
  /** The screens show what the device kept, not a fresh answer. */
  offline: boolean;
  /** When that copy was received from the network. */
  savedAt: Date | null;
}

const OfflineContext = createContext<OfflineState>({ offline: false, savedAt: null });

export function useOffline(): OfflineState {
  return use(OfflineContext);
}

/** At the counter on a poor network, the ticket must not wait for a request that hangs. */
const SLOW_NETWORK_MS = 4_000;

/** While offline, the network is tried again after these delays, then every last one. */
const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 15_000];

function isUnreachable(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code === 'NETWORK_ERROR' || code === 'SERVER_ERROR';
}

/**
 * Before the session shell asks for `me`, asks the network; when it cannot be reached, puts
 * the copy kept on this device (the session and the bookings) into the Apollo cache, so the
 * tickets open offline, and tells the screens they show offline data. Keeps that copy fresh
 * from every network answer, forgets it at log-out, and refreshes when the network is back.
 */
export function OfflineProvider({
  children,
  slowNetworkMs = SLOW_NETWORK_MS,
  retryDelaysMs = RETRY_DELAYS_MS,
}: {
  children: ReactNode;
  /** After this long without an answer, the copy kept on the phone is shown meanwhile. */
  slowNetworkMs?: number;
  /** While offline, the network is tried again after these delays, then every last one. */
  retryDelaysMs?: readonly number[];
}) {
  const client = useApolloClient();
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<OfflineState>({ offline: false, savedAt: null });

  useEffect(() => {
    let restoring = false;
    const unwatch = [
      client.cache.watch({
        query: meQuery,
        optimistic: false,
        callback: (diff) => {
          if (!restoring && diff.complete && diff.result) saveSnapshot({ me: diff.result });
        },
      }),
      client.cache.watch({
        query: myBookingsQuery,
        optimistic: false,
        callback: (diff) => {
          if (!restoring && diff.complete && diff.result) saveSnapshot({ myBookings: diff.result });
        },
      }),
      client.onResetStore(async () => clearSnapshot()),
      client.onClearStore(async () => clearSnapshot()),
    ];

    let cancelled = false;
    let restored = false;
    /** Puts the copy kept on the phone into the cache; false when there is none. */
    const restore = (): boolean => {
      const snapshot = loadSnapshot();
      if (!snapshot) return false;
      restoring = true;
      client.writeQuery({ query: meQuery, data: snapshot.me });
      if (snapshot.myBookings)
        client.writeQuery({ query: myBookingsQuery, data: snapshot.myBookings });
      restoring = false;
      restored = true;
      setState({ offline: true, savedAt: new Date(snapshot.savedAt) });
      return true;
    };
    const slow = setTimeout(() => {
      if (!cancelled && restore()) setReady(true);
    }, slowNetworkMs);
    client.query({ query: meQuery, fetchPolicy: 'network-only' }).then(
      () => {
        clearTimeout(slow);
        if (cancelled) return;
        // A late answer after the copy was shown: the screens go back to the network.
        if (restored) setState({ offline: false, savedAt: null });
        setReady(true);
      },
      (error: unknown) => {
        clearTimeout(slow);
        if (cancelled) return;
        if (!restored && isUnreachable(error)) restore();
        setReady(true);
      },
    );

    const goneOffline = () =>
      setState({ offline: true, savedAt: new Date(loadSnapshot()?.savedAt ?? Date.now()) });
    window.addEventListener('offline', goneOffline);
    return () => {
      cancelled = true;
      clearTimeout(slow);
      for (const stop of unwatch) stop();
      window.removeEventListener('offline', goneOffline);
    };
  }, [client, slowNetworkMs]);

  // Back online: fresh answers for what is on screen, then the notice goes. The browser's
  // `online` event is not enough (some networks and browsers never send it, e.g. a phone
  // that regains signal behind the same interface), so while the screens show the copy kept
  // on the phone the network is also tried again, soon at first, then every 15 s.
  useEffect(() => {
    if (!state.offline) return;
    let stopped = false;
    let inFlight = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const backOnline = () => {
      if (!stopped) setState({ offline: false, savedAt: null });
    };
    const retryLater = () => {
      if (stopped) return;
      timer = setTimeout(tryNetwork, retryDelaysMs[Math.min(attempt++, retryDelaysMs.length - 1)]);
    };
    const tryNetwork = () => {
      clearTimeout(timer);
      if (inFlight || stopped) return;
      inFlight = true;
      client
        .query({ query: meQuery, fetchPolicy: 'network-only' })
        .then(() => client.refetchQueries({ include: 'active' }))
        .then(backOnline, (error: unknown) => {
          // An answer that is an error still proves the network is back.
          if (isUnreachable(error)) retryLater();
          else backOnline();
        })
        .finally(() => {
          inFlight = false;
        });
    };
    const tryNow = () => {
      attempt = 0;
      tryNetwork();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') tryNow();
    };
    retryLater();
    window.addEventListener('online', tryNow);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', tryNow);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [client, state.offline, retryDelaysMs]);

  if (!ready) {
    return (
      <AppFrame product="pass Culture" register="tu">
        <Loading />
      </AppFrame>
    );
  }
  return <OfflineContext value={state}>{children}</OfflineContext>;
}
