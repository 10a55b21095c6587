import { AppError, ErrorCode } from '../../graphql/errors.js';
import { parseId } from '../../graphql/ids.js';

export type OwnedThing = 'venue' | 'offer' | 'stock' | 'offerer';

/** What a pro may not reach, whether it exists or not: ids of others cannot be probed. */
export function notFound(what: OwnedThing): AppError {
  const messages = {
    venue: 'Ce lieu est introuvable.',
    offer: 'Cette offre est introuvable.',
    stock: 'Cette date ou ce tarif est introuvable.',
    offerer: 'Cette structure est introuvable.',
  };
  return new AppError(ErrorCode.NOT_FOUND, messages[what]);
}

/** An id argument of a pro operation: malformed ids find nothing, like others' ids. */
export function requireProId(id: string, what: OwnedThing): number {
  const parsed = parseId(id);
  if (parsed === null) throw notFound(what);
  return parsed;
}
