import { AppError, ErrorCode } from './errors.js';

/** Opaque keyset cursors: base64url of a small JSON value. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown {
  try {
    if (cursor.length > 500 || !/^[\w-]+$/.test(cursor)) throw new Error('shape');
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
}

export function encodeIdCursor(id: number): string {
  return encodeCursor({ id });
}

export function decodeIdCursor(cursor: string): number {
  const value = decodeCursor(cursor) as { id?: unknown } | null;
  if (!value || typeof value.id !== 'number' || !Number.isSafeInteger(value.id) || value.id < 1) {
    throw invalidCursor();
  }
  return value.id;
}

function invalidCursor(): AppError {
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    "Ce curseur de pagination n'est pas valide : recommence la recherche.",
  );
}
