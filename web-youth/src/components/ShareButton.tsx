import { useState } from 'react';
import { Button } from '@passculture/ui';

/**
 * Shares a page of the app: the phone's share sheet where the browser has one (Web Share
 * API), else the link is copied. Shared links open the api's `/offre/:id` or `/lieu/:id`,
 * whose preview (title, place, price) messaging apps show.
 */
export function ShareButton({
  title,
  path,
  label = 'Partager',
}: {
  title: string;
  path: string;
  label?: string;
}) {
  const [status, setStatus] = useState('');
  const url = new URL(path, window.location.origin).toString();

  async function share() {
    setStatus('');
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // Closed by the person: nothing to say. Refused by the browser: copy instead.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Lien copié : colle-le où tu veux.');
    } catch {
      setStatus(`Copie impossible ici. Voici le lien : ${url}`);
    }
  }

  return (
    <div className="share">
      <Button variant="secondary" onClick={() => void share()}>
        {label}
        <span className="visually-hidden"> : {title}</span>
      </Button>
      <p className="share-status" role="status">
        {status}
      </p>
    </div>
  );
}
