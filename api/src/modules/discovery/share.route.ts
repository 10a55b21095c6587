import type { FastifyInstance } from 'fastify';
import { readFile } from 'node:fs/promises';
import type { SqlClient } from '../../db/sql.js';
import { parseId } from '../../graphql/ids.js';
import { bookableStocksOf, offersByIds, venuesByIds } from '../catalog/catalog.queries.js';
import { isOfferVisible, isVenueVisible } from '../catalog/visibility.js';
import { imagesOfOffers, imagesOfVenues } from '../media/image.queries.js';
import { offerPreview, pageWithPreview, venuePreview, type SharePreview } from './share-page.js';

export interface ShareRouteOptions {
  db: SqlClient;
  /** The built young people's app page (index.html), read once; absent in some tests. */
  appPagePath: string;
  publicUrl: string | null;
}

/**
 * `GET /offre/:id` and `GET /lieu/:id`: the young people's app page, with the Open Graph
 * and Twitter tags of a visible offer or venue written in by the server (a link pasted in a
 * messaging app shows its preview), then the app loads and shows the same screen. An
 * unknown or hidden one gets the app's plain page with 404: nothing about it is written.
 */
export async function shareRoutes(app: FastifyInstance, options: ShareRouteOptions) {
  let appPage: Promise<string | null> | undefined;
  const page = () => (appPage ??= readFile(options.appPagePath, 'utf8').catch(() => null));

  const send = async (reply: import('fastify').FastifyReply, preview: SharePreview | null) =>
    reply
      .code(preview ? 200 : 404)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(pageWithPreview(await page(), preview));

  app.get<{ Params: { id: string } }>('/offre/:id', async (request, reply) => {
    const id = parseId(request.params.id);
    if (id === null) return send(reply, null);
    const [offer] = await offersByIds(options.db, [id]);
    if (!offer || !isOfferVisible(offer)) return send(reply, null);
    const [[venue], stocks, [image]] = await Promise.all([
      venuesByIds(options.db, [offer.venueId]),
      bookableStocksOf(options.db, [id], new Date()),
      imagesOfOffers(options.db, [id]),
    ]);
    if (!venue) return send(reply, null);
    const minPrice = stocks.length ? Math.min(...stocks.map((s) => s.priceCents)) : null;
    return send(reply, offerPreview(offer, venue, minPrice, image ?? null, options.publicUrl));
  });

  app.get<{ Params: { id: string } }>('/lieu/:id', async (request, reply) => {
    const id = parseId(request.params.id);
    if (id === null) return send(reply, null);
    const [venue] = await venuesByIds(options.db, [id]);
    if (!venue || !isVenueVisible(venue) || venue.isVirtual) return send(reply, null);
    const [image] = await imagesOfVenues(options.db, [id]);
    return send(reply, venuePreview(venue, image ?? null, options.publicUrl));
  });
}
