import { AppError, ErrorCode } from '../../graphql/errors.js';

/** A numeric id from the client; anything else cannot name a row. */
export function numericId(id: string): number {
  const value = Number(id);
  if (!/^\d{1,10}$/.test(id) || !Number.isSafeInteger(value)) {
    throw new AppError(ErrorCode.NOT_FOUND);
  }
  return value;
}
