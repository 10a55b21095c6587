export { createApolloClient, routerBasename, type ApolloClientOptions } from './apollo';
export { accessFor, roleLabel, type Access, type Role, type UserWithRoles } from './access';
export {
  DEFAULT_TIME_ZONE,
  dayBoundary,
  fromLocalInput,
  parseDay,
  todayIn,
  toLocalInput,
  zonedTimeToUtc,
  type CalendarDay,
} from './calendar';
export {
  ERROR_CODES,
  ErrorCode,
  errorCodeOf,
  errorFieldsOf,
  errorMessage,
  messageForCode,
  type ClientErrorKind,
  type Register,
} from './errors';
export {
  centsToInput,
  formatCount,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDay,
  formatEuros,
  formatList,
  formatNumericDate,
  formatNumericDateTime,
  formatPrice,
  formatShortDateTime,
  formatTime,
  parseEuros,
  ofName,
  plural,
  pluralWord,
} from './format';
export {
  ACTIVATION_STATUS_LABELS,
  AUDIT_ACTION_LABELS,
  BOOKING_STATUS_LABELS,
  CANCELLATION_REASON_LABELS,
  labelOf,
  OFFER_STATUS_LABELS,
  OFFERER_STATUS_LABELS,
  ROLE_LABELS,
} from './labels';
