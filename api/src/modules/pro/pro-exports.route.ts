import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { sessionTokenOf } from '../../http/session-token-of.js';
import type { Database } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { parseId } from '../../graphql/ids.js';
import { reimbursementReport } from '../finance/finance.service.js';
import { FULL_RATE_BPS, type ScaleName } from '../finance/reimbursement.rules.js';
import { findViewer, type Viewer } from '../identity/identity.service.js';
import { Role } from '../identity/roles.js';
import {
  PRO_BOOKING_CSV_COLUMNS,
  proBookingsQuery,
  type ProBookingFilter,
} from './pro-bookings.queries.js';

/**
 * CSV exports for pros, as plain HTTP downloads (a spreadsheet opens them as they
 * are): UTF-8 with a BOM, `;` separators, French headers, Paris times (an event's date on its venue's clock). The bookings
 * export streams from the database through a cursor, so memory stays flat however
 * many rows; the session is the cookie of the web app or a Bearer token.
 */
export async function proExportRoutes(
  app: FastifyInstance,
  { sql }: { sql: Database },
): Promise<void> {
  app.get('/exports/bookings.csv', async (request, reply) => {
    const viewer = await proViewer(sql, request, reply);
    if (!viewer) return reply;
    let filter: ProBookingFilter;
    try {
      filter = bookingFilterOf(request.query as Record<string, string | undefined>);
    } catch (error) {
      return sendError(reply, 400, error as AppError);
    }
    const { text, values } = proBookingsQuery(
      viewer.userId,
      filter,
      undefined,
      PRO_BOOKING_CSV_COLUMNS,
    );
    const rows = sql.cursor<string[]>(text, values, { batchSize: 500, rowMode: 'array' });
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="reservations-${today()}.csv"`)
      .send(Readable.from(bookingLines(rows)));
  });

  app.get('/exports/reimbursements.csv', async (request, reply) => {
    const viewer = await proViewer(sql, request, reply);
    if (!viewer) return reply;
    const query = request.query as Record<string, string | undefined>;
    const venueId = parseId(query.venueId ?? '');
    try {
      if (venueId === null) throw new AppError(ErrorCode.NOT_FOUND, 'Ce lieu est introuvable.');
      const report = await reimbursementReport(sql, viewer.userId, venueId, {
        from: query.from ?? '',
        to: query.to ?? '',
      });
      const lines = report.lines.map((line) =>
        csvLine([
          report.venueName,
          line.booking.token,
          line.booking.offerName,
          line.booking.beneficiaryName,
          parisDateTime(line.booking.usedAt),
          euros(line.booking.amountCents),
          euros(line.cumulativeCents),
          SCALE_LABELS[line.scale],
          `${String((line.rateBps * 100) / FULL_RATE_BPS).replace('.', ',')} %`,
          euros(line.reimbursedCents),
        ]),
      );
      const total = csvLine([
        'Total',
        '',
        '',
        '',
        '',
        euros(report.totalAmountCents),
        '',
        '',
        '',
        euros(report.totalReimbursedCents),
      ]);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="remboursements-${report.from}-${report.to}.csv"`,
        )
        .send(BOM + csvLine(REIMBURSEMENT_HEADERS) + lines.join('') + total);
    } catch (error) {
      if (error instanceof AppError) {
        return sendError(reply, error.code === ErrorCode.NOT_FOUND ? 404 : 400, error);
      }
      throw error;
    }
  });
}

const BOM = '\uFEFF';

export const BOOKING_HEADERS = [
  'Lieu',
  'Offre',
  "Date de l'évènement (heure du lieu)",
  'Nom du bénéficiaire',
  'Email du bénéficiaire',
  'Réservé le',
  'Utilisé le',
  'Contremarque',
  'Prix',
  'Statut',
];

const REIMBURSEMENT_HEADERS = [
  'Lieu',
  'Contremarque',
  'Offre',
  'Bénéficiaire',
  'Utilisé le',
  'Montant',
  "Chiffre d'affaires cumulé de l'année",
  'Barème',
  'Taux',
  'Montant remboursé',
];

const SCALE_LABELS: Record<ScaleName, string> = {
  STANDARD_2019: 'Barème 2019',
  STANDARD_2021: 'Barème depuis septembre 2021',
  BOOK: 'Livres',
  NOT_REIMBURSED: 'Numérique non remboursé',
};

/** Rows go out in chunks of this many lines: fewer, larger writes. */
const LINES_PER_CHUNK = 200;

async function* bookingLines(rows: AsyncIterable<string[]>): AsyncGenerator<string> {
  yield BOM + csvLine(BOOKING_HEADERS);
  let chunk = '';
  let count = 0;
  for await (const row of rows) {
    chunk += csvLine(row);
    if (++count % LINES_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

async function proViewer(
  sql: Database,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Viewer | null> {
  const token = sessionTokenOf(request);
  const viewer = token ? await findViewer(sql, token) : null;
  if (!viewer) {
    sendError(reply, 401, new AppError(ErrorCode.UNAUTHENTICATED));
    return null;
  }
  if (!viewer.roles.includes(Role.PRO)) {
    sendError(reply, 403, new AppError(ErrorCode.FORBIDDEN));
    return null;
  }
  return viewer;
}

function sendError(reply: FastifyReply, status: number, error: AppError): FastifyReply {
  return reply.code(status).send({ code: error.code, message: error.message });
}

const FILTER_DATES = ['bookedFrom', 'bookedTo', 'eventFrom', 'eventTo'] as const;
const STATUSES = ['CONFIRMED', 'USED', 'CANCELLED', 'REIMBURSED'] as const;

function bookingFilterOf(query: Record<string, string | undefined>): ProBookingFilter {
  const filter: ProBookingFilter = {};
  for (const [key, what] of [
    ['venueId', 'Ce lieu'],
    ['offerId', 'Cette offre'],
  ] as const) {
    if (!query[key]) continue;
    filter[key] = parseId(query[key]) ?? -1; // an id that is not ours matches nothing
    if (filter[key] === -1) throw new AppError(ErrorCode.NOT_FOUND, `${what} est introuvable.`);
  }
  if (query.status) {
    if (!(STATUSES as readonly string[]).includes(query.status)) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, "Ce statut de réservation n'existe pas.");
    }
    filter.status = query.status as (typeof STATUSES)[number];
  }
  for (const key of FILTER_DATES) {
    if (!query[key]) continue;
    const date = new Date(query[key]);
    if (Number.isNaN(date.getTime())) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Une des dates du filtre est invalide.');
    }
    filter[key] = date;
  }
  return filter;
}

/** One CSV line; cells a spreadsheet would run as a formula are defused with a quote. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(';')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function euros(cents: number): string {
  return (cents / 100).toFixed(2).replace('.', ',');
}

const parisFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function parisDateTime(date: Date): string {
  return parisFormat.format(date).replace(',', '');
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
