import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PassThrough, type Readable } from 'node:stream';
import type { Database } from '../../db/sql.js';
import { proCaller } from '../../http/pro-caller.js';
import type { Viewer } from '../identity/identity.service.js';
import type { SharedState } from '../../graphql/context.js';
import { ErrorCode, INTERNAL_ERROR_MESSAGE } from '../../graphql/errors.js';
import { csvRecords, UnreadableFileError } from './csv-records.js';
import { IMPORT_TEMPLATE } from './import-format.js';
import { OfferImport, type ImportReport } from './offer-import.js';

/**
 * Offer imports over plain HTTP, the file as the body (`content-type: text/csv`):
 * `POST /imports/offers` previews every line's outcome, `?confirm=true` writes them;
 * `&progress=true` streams the count of lines done after each batch before the report.
 * Signed in by the web app's cookie, a session token or an API key (Bearer). Only
 * text/csv is accepted, which a cross-site form cannot send.
 */
export async function offerImportRoutes(
  app: FastifyInstance,
  { db, shared, maxBytes }: { db: Database; shared: SharedState; maxBytes: number },
): Promise<void> {
  app.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));

  app.get('/imports/offers/template.csv', async (_request, reply) =>
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="modele-import-offres.csv"')
      .send(IMPORT_TEMPLATE),
  );

  app.post('/imports/offers', async (request, reply) => {
    const viewer = await proCaller(shared, request, reply);
    if (!viewer) return reply;
    if (!(request.headers['content-type'] ?? '').startsWith('text/csv')) {
      return sendError(
        reply,
        415,
        'Envoyez le fichier au format CSV (en-tête content-type: text/csv).',
      );
    }
    if (Number(request.headers['content-length'] ?? 0) > maxBytes) {
      return sendError(reply, 413, TOO_LARGE);
    }
    const query = request.query as Record<string, string | undefined>;
    const confirm = query.confirm === 'true';
    if (query.progress !== 'true') {
      const outcome = await runImport(db, viewer, request, maxBytes, { confirm });
      return 'report' in outcome
        ? reply.send(outcome.report)
        : sendError(reply, outcome.status, outcome.message);
    }
    // NDJSON: `{"processed":n}` after each batch, then `{"report":…}` or `{"error":…}`.
    const out = new PassThrough();
    // The client may leave mid-import: its socket, then this stream, are destroyed.
    out.on('error', () => undefined);
    const send = (line: object, end = false) => {
      if (out.destroyed || out.writableEnded) return;
      const text = `${JSON.stringify(line)}\n`;
      if (end) out.end(text);
      else out.write(text);
    };
    reply.header('content-type', 'application/x-ndjson; charset=utf-8').send(out);
    runImport(db, viewer, request, maxBytes, {
      confirm,
      onProgress: (lines) => send({ processed: lines }),
    })
      .then((outcome) =>
        send(
          'report' in outcome
            ? { report: outcome.report }
            : { error: { code: ErrorCode.BAD_USER_INPUT, message: outcome.message } },
          true,
        ),
      )
      .catch((error: unknown) => {
        request.log.error({ err: error }, 'offer import failed');
        send({ error: { code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_ERROR_MESSAGE } }, true);
      });
    return reply;
  });
}

const TOO_LARGE = 'Ce fichier est trop volumineux : découpez-le en plusieurs.';

/** The import of the request's file, or why the file itself is refused. */
async function runImport(
  db: Database,
  viewer: Viewer,
  request: FastifyRequest,
  maxBytes: number,
  options: ConstructorParameters<typeof OfferImport>[2],
): Promise<{ report: ImportReport } | { status: number; message: string }> {
  const offerImport = new OfferImport(db, viewer.userId, options);
  try {
    const records = csvRecords(limited(request.body as Readable, maxBytes), (bad) =>
      offerImport.reject(bad),
    );
    return { report: await offerImport.run(records) };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { status: 400, message: error.message };
    if (error instanceof FileTooLargeError) return { status: 413, message: TOO_LARGE };
    if (request.raw.destroyed || isAbortedUpload(error)) {
      // The client went away mid-file: what was confirmed batch by batch stays written.
      request.log.info({ err: error }, 'offer import: upload interrupted by the client');
      return { status: 400, message: INTERRUPTED };
    }
    throw error;
  }
}

class FileTooLargeError extends Error {}

const INTERRUPTED = "L'envoi du fichier a été interrompu : envoyez-le de nouveau.";

/** Errors of a request body whose client closed the connection before its end. */
function isAbortedUpload(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'ECONNRESET' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    (error instanceof Error && error.message === 'aborted')
  );
}

async function* limited(body: Readable, maxBytes: number): AsyncGenerator<Buffer> {
  let bytes = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > maxBytes) throw new FileTooLargeError();
    yield chunk;
  }
}

/** The file itself is refused (format, size, header): nothing was read. */
function sendError(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply.code(status).send({ code: ErrorCode.BAD_USER_INPUT, message });
}
