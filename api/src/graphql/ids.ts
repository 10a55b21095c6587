import { AppError, ErrorCode } from './errors.js';

/** Our keys are positive PostgreSQL integers. */
const MAX_ID = 2_147_483_647;

/**
 * Parses a GraphQL ID that must be one of our integer keys; anything else (signs,
 * spaces, exponents, zero, beyond int4) names no row: null.
 */
export function parseId(id: string): number | null {
  return /^[1-9]\d{0,9}$/.test(id) && Number(id) <= MAX_ID ? Number(id) : null;
}

/** Like parseId, for ids that must name a row: NOT_FOUND (with `message`) otherwise. */
export function requireId(id: string, message?: string): number {
  const parsed = parseId(id);
  if (parsed === null) throw new AppError(ErrorCode.NOT_FOUND, message);
  return parsed;
}
