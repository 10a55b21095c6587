import { AppError, ErrorCode } from '../../graphql/errors.js';

export const REASON_MAX_LENGTH = 500;

/** The reason an admin gives for a refusal or a suspension: required, trimmed, bounded. */
export function requiredReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed || trimmed.length > REASON_MAX_LENGTH) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Indiquez un motif (${REASON_MAX_LENGTH} caractères au plus).`,
      { fields: { reason: `Indiquez un motif (${REASON_MAX_LENGTH} caractères au plus).` } },
    );
  }
  return trimmed;
}
