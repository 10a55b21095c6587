import {
  Button,
  FormAlert,
  type ImageData,
  OfferImage,
  TextField,
  VenueImage,
} from '@passculture/ui';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type DragEvent,
  type FormEvent,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import {
  cropField,
  initialCrop,
  largestCrop,
  moveCrop,
  RATIOS,
  scaleCrop,
  type Crop,
  type Shape,
  type Size,
} from '../lib/crop';

const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'];
const MAX_BYTES = 10 * 1024 * 1024;
const NETWORK_ERROR = "L'image n'a pas pu être envoyée : vérifiez votre connexion et réessayez.";

export interface ImageEditorProps {
  shape: Shape;
  /** The offer's or the venue's id. */
  targetId: string;
  image: ImageData | null | undefined;
  /** The offer's category, or the venue's type: the illustration shown while there is no image. */
  fallback: string;
  /** Called once the image was saved or removed (refetch what shows it). */
  onChanged: () => Promise<unknown> | void;
}

interface Picked {
  file: File;
  url: string;
  size: Size;
}

/**
 * The image of an offer or a venue: a file dropped or chosen, cropped to the ratio it is
 * shown at with a live preview, a required alternative text and an optional credit. The
 * file goes to the api as it is (it re-encodes it); the crop travels as four numbers.
 */
export function ImageEditor({ shape, targetId, image, fallback, onChanged }: ImageEditorProps) {
  const headingId = useId();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const path = `/images/${shape === 'offer' ? 'offers' : 'venues'}/${targetId}`;

  useEffect(() => () => (picked ? URL.revokeObjectURL(picked.url) : undefined), [picked]);

  function pick(file: File | undefined) {
    setError(null);
    setNotice(null);
    if (!file) return;
    if (file.type && !ACCEPTED.includes(file.type)) {
      setError('Choisissez une image JPEG, PNG, WebP ou AVIF.');
      return;
    }
    if (file.size > MAX_BYTES) {
      setError("Cette image dépasse 10 Mo : réduisez-la avant de l'envoyer.");
      return;
    }
    const url = URL.createObjectURL(file);
    const probe = new Image();
    probe.onload = () => {
      setPicked({ file, url, size: { width: probe.naturalWidth, height: probe.naturalHeight } });
      setEditing(true);
    };
    probe.onerror = () => {
      URL.revokeObjectURL(url);
      setError('Cette image est illisible : essayez-en une autre.');
    };
    probe.src = url;
  }

  async function remove() {
    setError(null);
    setBusy(true);
    try {
      const response = await fetch(path, {
        method: 'DELETE',
        credentials: 'same-origin',
        headers: { 'x-requested-with': 'web-pro' },
      });
      if (!response.ok) throw new Error(await messageOf(response));
      await onChanged();
      setNotice('Image retirée.');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : NETWORK_ERROR);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={headingId} className="image-editor">
      <h2 id={headingId}>Image</h2>
      {notice && (
        <div role="status" className="alert alert-success">
          <p>{notice}</p>
        </div>
      )}
      {!editing && (
        <div className="image-current">
          <div className="image-current-preview">
            {shape === 'offer' ? (
              <OfferImage image={image} categoryId={fallback} sizes="160px" />
            ) : (
              <VenueImage image={image} venueType={fallback} sizes="240px" />
            )}
          </div>
          <div>
            {image ? (
              <dl className="image-texts">
                <dt>Texte alternatif</dt>
                <dd>{image.alt}</dd>
                <dt>Crédit</dt>
                <dd>{image.credit ?? 'Non renseigné'}</dd>
              </dl>
            ) : (
              <p className="hint">
                Pas encore d'image : les jeunes voient l'illustration ci-contre. Une image
                {shape === 'offer' ? ' (affiche, couverture, photo)' : ' (façade, salle)'} donne
                envie d'y aller.
              </p>
            )}
            <DropZone onFile={pick} hasImage={Boolean(image)} />
            {image && (
              <Button
                variant="secondary"
                busy={busy}
                onClick={() => void (busy ? undefined : remove())}
              >
                Retirer l'image
              </Button>
            )}
          </div>
        </div>
      )}
      <FormAlert>{error}</FormAlert>
      {editing && picked && (
        <CropForm
          key={picked.url}
          shape={shape}
          picked={picked}
          path={path}
          initialTexts={{ alt: image?.alt ?? '', credit: image?.credit ?? '' }}
          onCancel={() => {
            setEditing(false);
            setPicked(null);
          }}
          onSaved={async () => {
            await onChanged();
            setEditing(false);
            setPicked(null);
            setNotice('Image enregistrée.');
          }}
        />
      )}
    </section>
  );
}

function DropZone({
  onFile,
  hasImage,
}: {
  onFile: (file: File | undefined) => void;
  hasImage: boolean;
}) {
  const inputId = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    onFile(event.dataTransfer.files[0]);
  };
  return (
    <div
      className={over ? 'dropzone dropzone-over' : 'dropzone'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>Glissez une image ici, ou</p>
      <label htmlFor={inputId} className="button button-secondary">
        {hasImage ? 'Choisir une autre image' : 'Choisir une image'}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept={ACCEPTED.join(',')}
        onChange={(event) => {
          onFile(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <p className="hint">JPEG, PNG, WebP ou AVIF, 10 Mo au plus, 400 pixels de large au moins.</p>
    </div>
  );
}

async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: string };
    return body.message ?? NETWORK_ERROR;
  } catch {
    return NETWORK_ERROR;
  }
}

function CropForm({
  shape,
  picked,
  path,
  initialTexts,
  onCancel,
  onSaved,
}: {
  shape: Shape;
  picked: Picked;
  path: string;
  initialTexts: { alt: string; credit: string };
  onCancel: () => void;
  onSaved: () => Promise<void>;
}) {
  const { size } = picked;
  const [crop, setCrop] = useState<Crop>(() => initialCrop(size, shape));
  const [alt, setAlt] = useState(initialTexts.alt);
  const [credit, setCredit] = useState(initialTexts.credit);
  const [error, setError] = useState<string | null>(null);
  const [altError, setAltError] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; crop: Crop } | null>(null);
  const largest = largestCrop(size, shape);
  const zoom = Math.round((crop.width / largest.width) * 100);
  const tooSmall = largest.width < 400;
  const zoomId = useId();

  const toImagePixels = (cssPixels: number) =>
    (cssPixels * size.width) / (stage.current?.clientWidth || size.width);

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, crop };
  }
  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const start = drag.current;
    if (!start) return;
    setCrop(
      moveCrop(
        start.crop,
        toImagePixels(event.clientX - start.x),
        toImagePixels(event.clientY - start.y),
        size,
      ),
    );
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = (event.shiftKey ? 0.1 : 0.02) * size.width;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setCrop(moveCrop(crop, move[0], move[1], size));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    setError(null);
    setAltError(undefined);
    if (!alt.trim()) {
      setAltError("Décrivez l'image pour les personnes qui ne la voient pas.");
      return;
    }
    setSending(true);
    const form = new FormData();
    form.append('alt', alt.trim());
    form.append('credit', credit.trim());
    form.append('crop', cropField(crop));
    form.append('file', picked.file, picked.file.name);
    try {
      let response: Response;
      try {
        response = await fetch(path, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'x-requested-with': 'web-pro' },
          body: form,
        });
      } catch {
        throw new Error(NETWORK_ERROR);
      }
      if (!response.ok) throw new Error(await messageOf(response));
      await onSaved();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : NETWORK_ERROR);
    } finally {
      setSending(false);
    }
  }

  const percent = (value: number, of: number) => `${(value / of) * 100}%`;
  const ratio = RATIOS[shape];
  const previewWidth = shape === 'offer' ? 150 : 240;
  const scale = previewWidth / crop.width;

  return (
    <form className="crop-form" onSubmit={(event) => void submit(event)} noValidate>
      {tooSmall && (
        <div role="alert" className="alert alert-warning">
          <p>
            Cette image est trop petite : il faut au moins 400 pixels de large une fois recadrée.
          </p>
        </div>
      )}
      <div className="crop-layout">
        <div>
          <p id={`${zoomId}-help`} className="hint">
            Déplacez le cadre (souris, doigt ou flèches du clavier) sur la partie de l'image à
            montrer.
          </p>
          <div className="crop-stage" ref={stage}>
            <img src={picked.url} alt="" width={size.width} height={size.height} />
            <div
              className="crop-box"
              role="group"
              tabIndex={0}
              aria-label={`Cadre de l'image, ${ratio.width}:${ratio.height}`}
              aria-describedby={`${zoomId}-help`}
              style={{
                left: percent(crop.left, size.width),
                top: percent(crop.top, size.height),
                width: percent(crop.width, size.width),
                height: percent(crop.height, size.height),
              }}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={() => (drag.current = null)}
              onPointerCancel={() => (drag.current = null)}
              onKeyDown={onKeyDown}
            />
          </div>
          <div className="field">
            <label htmlFor={zoomId}>Taille du cadre : {zoom} %</label>
            <input
              id={zoomId}
              type="range"
              min={Math.min(100, Math.ceil((400 / largest.width) * 100))}
              max={100}
              value={zoom}
              onChange={(event) =>
                setCrop(scaleCrop(crop, Number(event.target.value) / 100, size, shape))
              }
            />
          </div>
        </div>
        <div>
          <p className="crop-preview-title">Aperçu</p>
          <div
            className="crop-preview"
            style={{
              width: previewWidth,
              height: (previewWidth * ratio.height) / ratio.width,
            }}
          >
            <img
              src={picked.url}
              alt=""
              style={{
                width: size.width * scale,
                height: size.height * scale,
                transform: `translate(${-crop.left * scale}px, ${-crop.top * scale}px)`,
              }}
            />
          </div>
        </div>
      </div>
      <TextField
        label="Texte alternatif (obligatoire)"
        hint="Ce que montre l'image, pour les personnes qui ne la voient pas. Exemple : « Affiche du concert : une chanteuse sur fond rouge »."
        value={alt}
        maxLength={300}
        required
        error={altError}
        onChange={(event) => setAlt(event.target.value)}
      />
      <TextField
        label="Crédit ou copyright"
        hint="Photographe, illustrateur ou ayant droit, s'il doit être cité."
        value={credit}
        maxLength={200}
        onChange={(event) => setCredit(event.target.value)}
      />
      <FormAlert>{error}</FormAlert>
      {sending && (
        <p role="status" className="hint">
          Envoi et préparation de l'image…
        </p>
      )}
      <p className="actions">
        <Button type="submit" busy={sending || tooSmall} disabled={tooSmall}>
          Enregistrer l'image
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Annuler
        </Button>
      </p>
    </form>
  );
}
