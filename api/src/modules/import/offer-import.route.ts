import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PassThrough, type Readable } from 'node:stream';
import { sessionTokenOf } from '../../app.js';
import type { SharedState } from '../../graphql/context.js';
import { AppError, ErrorCode, INTERNAL_ERROR_MESSAGE } from '../../graphql/errors.js';
import { findKeyViewer, isApiKey } from '../apikey/api-key.service.js';
import { findViewer, type Viewer } from '../identity/identity.service.js';
import { Role } from '../identity/roles.js';
import { csvRecords, UnreadableFileError } from './csv-records.js';
import { IMPORT_TEMPLATE } from './import-format.js';
import { OfferImport, type ImportReport } from './offer-import.js';

/** Far above 100,000 lines of catalogue; the file streams, so this bounds time, not memory. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/**
 * Offer imports over plain HTTP, the file as the body (`content-type: text/csv`):
 * `POST /imports/offers` previews every line's outcome, `?confirm=true` writes them;
 * `&progress=true` streams the count of lines done after each batch before the report.
 * Signed in by the web app's cookie, a session token or an API key (Bearer). Only
 * text/csv is accepted, which a cross-site form cannot send.
 */
export async function offerImportRoutes(
  app: FastifyInstance,
  { orm, shared }: { orm: MikroORM; shared: SharedState },
): Promise<void> {
  app.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));

  app.get('/imports/offers/template.csv', async (_request, reply) =>
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="modele-import-offres.csv"')
      .send(IMPORT_TEMPLATE),
  );

  app.post('/imports/offers', async (request, reply) => {
    const viewer = await importer(shared, request, reply);
    if (!viewer) return reply;
    if (!(request.headers['content-type'] ?? '').startsWith('text/csv')) {
      return sendError(
        reply,
        415,
        'Envoyez le fichier au format CSV (en-tête content-type: text/csv).',
      );
    }
    if (Number(request.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES) {
      return sendError(reply, 413, TOO_LARGE);
    }
    const query = request.query as Record<string, string | undefined>;
    const confirm = query.confirm === 'true';
    if (query.progress !== 'true') {
      const outcome = await runImport(orm, viewer, request, { confirm });
      return 'report' in outcome
        ? reply.send(outcome.report)
        : sendError(reply, outcome.status, outcome.message);
    }
    // NDJSON: `{"processed":n}` after each batch, then `{"report":…}` or `{"error":…}`.
    const out = new PassThrough();
    reply.header('content-type', 'application/x-ndjson; charset=utf-8').send(out);
    const progress = (lines: number) => out.write(`${JSON.stringify({ processed: lines })}\n`);
    runImport(orm, viewer, request, { confirm, onProgress: progress })
      .then((outcome) =>
        out.end(
          `${JSON.stringify('report' in outcome ? { report: outcome.report } : { error: { code: ErrorCode.BAD_USER_INPUT, message: outcome.message } })}\n`,
        ),
      )
      .catch((error: unknown) => {
        request.log.error({ err: error }, 'offer import failed');
        out.end(
          `${JSON.stringify({ error: { code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_ERROR_MESSAGE } })}\n`,
        );
      });
    return reply;
  });
}

const TOO_LARGE = 'Ce fichier est trop volumineux : découpez-le en plusieurs.';

/** The import of the request's file, or why the file itself is refused. */
async function runImport(
  orm: MikroORM,
  viewer: Viewer,
  request: FastifyRequest,
  options: ConstructorParameters<typeof OfferImport>[2],
): Promise<{ report: ImportReport } | { status: number; message: string }> {
  const offerImport = new OfferImport(orm.em.fork(), viewer.userId, options);
  try {
    const records = csvRecords(limited(request.body as Readable), (bad) => offerImport.reject(bad));
    return { report: await offerImport.run(records) };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { status: 400, message: error.message };
    if (error instanceof FileTooLargeError) return { status: 413, message: TOO_LARGE };
    throw error;
  }
}

class FileTooLargeError extends Error {}

async function* limited(body: Readable): AsyncGenerator<Buffer> {
  let bytes = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > MAX_IMPORT_BYTES) throw new FileTooLargeError();
    yield chunk;
  }
}

async function importer(
  shared: SharedState,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Viewer | null> {
  const token = sessionTokenOf(request);
  let viewer: Viewer | null = null;
  try {
    viewer = !token
      ? null
      : isApiKey(token)
        ? await findKeyViewer(shared.sql, token, shared.apiKeyCalls)
        : await findViewer(shared.sql, token);
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.RATE_LIMITED) {
      reply.code(429).send({ code: error.code, message: error.message });
      return null;
    }
    throw error;
  }
  if (!viewer) {
    reply.code(401).send({
      code: ErrorCode.UNAUTHENTICATED,
      message: new AppError(ErrorCode.UNAUTHENTICATED).message,
    });
    return null;
  }
  if (!viewer.roles.includes(Role.PRO)) {
    reply
      .code(403)
      .send({ code: ErrorCode.FORBIDDEN, message: new AppError(ErrorCode.FORBIDDEN).message });
    return null;
  }
  return viewer;
}

/** The file itself is refused (format, size, header): nothing was read. */
function sendError(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply.code(status).send({ code: ErrorCode.BAD_USER_INPUT, message });
}
