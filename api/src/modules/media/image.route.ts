import busboy from 'busboy';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SharedState } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { parseId } from '../../graphql/ids.js';
import { proCaller } from '../../http/pro-caller.js';
import type { Viewer } from '../identity/identity.service.js';
import {
  CONTENT_TYPES,
  ImageRefusal,
  MAX_IMAGE_BYTES,
  REFUSALS,
  type CropRect,
  type ImageFormat,
  type ImageSubject,
} from './image-processing.js';
import { checkImageTexts, type ImageService } from './image.service.js';
import { imageJson } from './image.types.js';

/**
 * Images over plain HTTP.
 *
 * - `POST /images/offers/:id` and `POST /images/venues/:id`: `multipart/form-data` with one
 *   file part (`file`) and the fields `alt` (required), `credit` and `crop`
 *   (`left,top,width,height` in pixels of the upright image; default: the largest centred
 *   crop at the ratio it is shown at). Replaces the image; answers 201 with it.
 * - `DELETE` on the same paths removes it (204).
 * - `GET /images/:key/:width.:format`: the files, `immutable` (their URL changes with them).
 *
 * Signed in by a session (the web app's cookie, with the `x-requested-with` header a
 * cross-site form cannot send) or an API key / session token as Bearer. Ownership is
 * checked and the upload counted before a byte of the body is read.
 */
export async function imageRoutes(
  app: FastifyInstance,
  { shared, images }: { shared: SharedState; images: ImageService },
): Promise<void> {
  app.addContentTypeParser('multipart/form-data', (_request, payload, done) => done(null, payload));

  for (const [segment, subject] of [
    ['offers', 'offer'],
    ['venues', 'venue'],
  ] as const) {
    app.post<{ Params: { id: string } }>(`/images/${segment}/:id`, async (request, reply) => {
      const viewer = await proCaller(shared, request, reply, { cookieNeedsOurHeader: true });
      if (!viewer) return reply;
      const owner = await ownerOf(images, viewer, subject, request.params.id, reply);
      if (!owner) return reply;
      if (!(request.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
        return refuse(
          reply,
          415,
          "Envoyez l'image dans un formulaire multipart/form-data (champ « file »).",
        );
      }
      if (Number(request.headers['content-length'] ?? 0) > MAX_IMAGE_BYTES + FORM_OVERHEAD) {
        return refuse(reply, 413, REFUSALS.size().message);
      }
      try {
        await images.takeUpload(viewer.userId);
        const form = await readForm(request);
        const file = form.files[0];
        if (!file || form.files.length > 1) {
          throw new ImageRefusal(
            400,
            'Ajoutez un fichier image (un seul), dans le champ « file ».',
          );
        }
        const texts = checkImageTexts(form.fields.alt, form.fields.credit);
        const crop = parseCrop(form.fields.crop);
        const image = await images.upload(viewer.userId, owner, file, texts, crop);
        return reply.code(201).send({ image: imageJson(image) });
      } catch (error) {
        if (error instanceof ImageRefusal) return refuse(reply, error.status, error.message);
        if (error instanceof AppError && error.code === ErrorCode.RATE_LIMITED) {
          return reply.code(429).send({ code: error.code, message: error.message });
        }
        if (request.raw.destroyed || isAbortedUpload(error)) {
          // The client left mid-upload: nothing was processed, so nothing was written.
          request.log.info({ err: error }, 'image upload interrupted by the client');
          return refuse(reply, 400, INTERRUPTED);
        }
        throw error;
      }
    });

    app.delete<{ Params: { id: string } }>(`/images/${segment}/:id`, async (request, reply) => {
      const viewer = await proCaller(shared, request, reply, { cookieNeedsOurHeader: true });
      if (!viewer) return reply;
      const owner = await ownerOf(images, viewer, subject, request.params.id, reply);
      if (!owner) return reply;
      await images.remove(owner);
      return reply.code(204).send();
    });
  }

  app.get<{ Params: { key: string; file: string } }>(
    '/images/:key/:file',
    async (request, reply) => {
      const { key, file } = request.params;
      const match = /^(\d{2,4})\.(avif|webp|jpg)$/.exec(file);
      if (!/^[0-9a-f]{40}$/.test(key) || !match) {
        return reply.code(404).send({ code: ErrorCode.NOT_FOUND, message: 'Image introuvable.' });
      }
      const found = await images.store.read(`${key}/${file}`);
      if (!found) {
        return reply.code(404).send({ code: ErrorCode.NOT_FOUND, message: 'Image introuvable.' });
      }
      return reply
        .header('content-type', CONTENT_TYPES[match[2] as ImageFormat])
        .header('content-length', found.size)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(found.stream);
    },
  );
}

/** Multipart framing and the text fields around the file, beyond the file's own limit. */
const FORM_OVERHEAD = 64 * 1024;
const INTERRUPTED = "L'envoi de l'image a été interrompu : envoyez-la de nouveau.";

interface Form {
  fields: Record<string, string>;
  files: Buffer[];
}

/**
 * Reads the form, refusing as soon as a limit is crossed: the body as a whole, the file,
 * the number and size of the fields. A client that leaves mid-way rejects the pipeline
 * (nothing is kept); a stalled one meets the server's request timeout (408).
 */
async function readForm(request: FastifyRequest): Promise<Form> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      defParamCharset: 'utf8',
      limits: {
        fileSize: MAX_IMAGE_BYTES,
        files: 1,
        fields: 6,
        fieldSize: 1024,
        parts: 8,
        headerPairs: 16,
      },
    });
  } catch {
    throw new ImageRefusal(400, 'Le formulaire envoyé est mal formé.');
  }
  const form: Form = { fields: {}, files: [] };
  // Never destroyed from inside its own events (busboy would go on writing into a part it
  // dropped): the refusal stops the body at its next chunk, or is thrown at its end.
  let refusal: ImageRefusal | null = null;
  const fail = (reason: ImageRefusal) => {
    refusal ??= reason;
  };
  parser.on('field', (name, value, info) => {
    if (info.valueTruncated) fail(new ImageRefusal(400, `Le champ « ${name} » est trop long.`));
    else form.fields[name] = value;
  });
  parser.on('file', (_name, stream) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => {
      if (!refusal) chunks.push(chunk);
    });
    stream.on('limit', () => fail(REFUSALS.size()));
    stream.on('end', () => {
      if (!stream.truncated) form.files.push(Buffer.concat(chunks));
    });
    stream.on('error', () => undefined);
  });
  const tooMany = () =>
    fail(new ImageRefusal(400, 'Envoyez une seule image à la fois, avec ses champs.'));
  parser.on('filesLimit', tooMany);
  parser.on('partsLimit', tooMany);
  parser.on('fieldsLimit', tooMany);
  let received = 0;
  const bodyLimit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (refusal) callback(refusal);
      else if (received > MAX_IMAGE_BYTES + FORM_OVERHEAD) callback(REFUSALS.size());
      else callback(null, chunk);
    },
  });
  try {
    await pipeline(request.body as Readable, bodyLimit, parser);
  } catch (error) {
    if (error instanceof ImageRefusal) throw error;
    if (request.raw.destroyed || isAbortedUpload(error)) throw error;
    // busboy's own complaints: a truncated or malformed form.
    throw new ImageRefusal(400, 'Le formulaire envoyé est mal formé ou incomplet.');
  }
  if (refusal) throw refusal;
  return form;
}

function parseCrop(value: string | undefined): CropRect | null {
  if (value === undefined || value.trim() === '') return null;
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,6}$/.test(part))) throw REFUSALS.crop();
  const [left, top, width, height] = parts.map(Number) as [number, number, number, number];
  return { left, top, width, height };
}

/** Errors of a request body whose client closed the connection before its end. */
function isAbortedUpload(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'ECONNRESET' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    (error instanceof Error && error.message === 'aborted')
  );
}

async function ownerOf(
  images: ImageService,
  viewer: Viewer,
  subject: ImageSubject,
  id: string,
  reply: FastifyReply,
) {
  const parsed = parseId(id);
  try {
    if (parsed === null) throw new AppError(ErrorCode.NOT_FOUND);
    return await images.owner(viewer.userId, subject, parsed);
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) {
      reply.code(404).send({
        code: ErrorCode.NOT_FOUND,
        message: subject === 'offer' ? 'Cette offre est introuvable.' : 'Ce lieu est introuvable.',
      });
      return null;
    }
    throw error;
  }
}

function refuse(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply.code(status).send({ code: ErrorCode.BAD_USER_INPUT, message });
}
