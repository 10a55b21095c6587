/** Where a young person stands on the way to their credit */
export const ActivationStatus = {
  ACTIVATED: 'ACTIVATED',
  PRE_REGISTERED: 'PRE_REGISTERED',
  REJECTED: 'REJECTED',
  REQUESTED: 'REQUESTED'
} as const;

export type ActivationStatus = typeof ActivationStatus[keyof typeof ActivationStatus];
/** An admin action of the audit log */
export const AuditAction = {
  ACTIVATION_APPROVED: 'ACTIVATION_APPROVED',
  ACTIVATION_REJECTED: 'ACTIVATION_REJECTED',
  DEPARTMENT_OPENED: 'DEPARTMENT_OPENED',
  EMAIL_RESENT: 'EMAIL_RESENT',
  MEMBERSHIP_REJECTED: 'MEMBERSHIP_REJECTED',
  MEMBERSHIP_VALIDATED: 'MEMBERSHIP_VALIDATED',
  MODERATION_RULE_CREATED: 'MODERATION_RULE_CREATED',
  MODERATION_RULE_DISABLED: 'MODERATION_RULE_DISABLED',
  MODERATION_RULE_ENABLED: 'MODERATION_RULE_ENABLED',
  OFFERER_REJECTED: 'OFFERER_REJECTED',
  OFFERER_VALIDATED: 'OFFERER_VALIDATED',
  OFFER_APPROVED: 'OFFER_APPROVED',
  OFFER_REJECTED: 'OFFER_REJECTED',
  SELECTIONS_REORDERED: 'SELECTIONS_REORDERED',
  SELECTION_CREATED: 'SELECTION_CREATED',
  SELECTION_DELETED: 'SELECTION_DELETED',
  SELECTION_PUBLISHED: 'SELECTION_PUBLISHED',
  SELECTION_UNPUBLISHED: 'SELECTION_UNPUBLISHED',
  SELECTION_UPDATED: 'SELECTION_UPDATED',
  USER_REINSTATED: 'USER_REINSTATED',
  USER_SUSPENDED: 'USER_SUSPENDED'
} as const;

export type AuditAction = typeof AuditAction[keyof typeof AuditAction];
export const BookingStatus = {
  CANCELLED: 'CANCELLED',
  CONFIRMED: 'CONFIRMED',
  REIMBURSED: 'REIMBURSED',
  USED: 'USED'
} as const;

export type BookingStatus = typeof BookingStatus[keyof typeof BookingStatus];
export const CancellationReason = {
  BACKOFFICE: 'BACKOFFICE',
  BENEFICIARY: 'BENEFICIARY',
  EXPIRED: 'EXPIRED',
  FRAUD: 'FRAUD',
  OFFERER: 'OFFERER'
} as const;

export type CancellationReason = typeof CancellationReason[keyof typeof CancellationReason];
/** The dashboard's periods: since the start, the last 12 or 52 weeks (whole weeks) */
export const DiversityPeriod = {
  ALL: 'ALL',
  WEEKS_12: 'WEEKS_12',
  WEEKS_52: 'WEEKS_52'
} as const;

export type DiversityPeriod = typeof DiversityPeriod[keyof typeof DiversityPeriod];
export const EditorialSelectionKind = {
  LIST: 'LIST',
  RULE: 'RULE'
} as const;

export type EditorialSelectionKind = typeof EditorialSelectionKind[keyof typeof EditorialSelectionKind];
/** Codes carried by GraphQL errors in extensions.code */
export const ErrorCode = {
  ACCOUNT_SUSPENDED: 'ACCOUNT_SUSPENDED',
  ALREADY_BOOKED: 'ALREADY_BOOKED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BOOKING_ALREADY_USED: 'BOOKING_ALREADY_USED',
  BOOKING_CANCELLED: 'BOOKING_CANCELLED',
  BOOKING_NOT_USED: 'BOOKING_NOT_USED',
  BOOKING_REIMBURSED: 'BOOKING_REIMBURSED',
  CANCELLATION_WINDOW_CLOSED: 'CANCELLATION_WINDOW_CLOSED',
  CONFIRMATION_LINK_INVALID: 'CONFIRMATION_LINK_INVALID',
  CONFIRMATION_PASSWORD_REQUIRED: 'CONFIRMATION_PASSWORD_REQUIRED',
  DIGITAL_CAP_REACHED: 'DIGITAL_CAP_REACHED',
  EMAIL_NOT_CONFIRMED: 'EMAIL_NOT_CONFIRMED',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  FORBIDDEN: 'FORBIDDEN',
  INSUFFICIENT_CREDIT: 'INSUFFICIENT_CREDIT',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  NOT_ELIGIBLE: 'NOT_ELIGIBLE',
  NOT_FOUND: 'NOT_FOUND',
  NO_ACTIVE_DEPOSIT: 'NO_ACTIVE_DEPOSIT',
  OFFER_NOT_BOOKABLE: 'OFFER_NOT_BOOKABLE',
  PHYSICAL_CAP_REACHED: 'PHYSICAL_CAP_REACHED',
  QUANTITY_BELOW_BOOKED: 'QUANTITY_BELOW_BOOKED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_BUSY: 'SERVICE_BUSY',
  SOLD_OUT: 'SOLD_OUT',
  STOCK_HAS_BOOKINGS: 'STOCK_HAS_BOOKINGS',
  STOCK_NOT_BOOKABLE: 'STOCK_NOT_BOOKABLE',
  TOO_EARLY: 'TOO_EARLY',
  UNAUTHENTICATED: 'UNAUTHENTICATED'
} as const;

export type ErrorCode = typeof ErrorCode[keyof typeof ErrorCode];
/** NEAR: nearest venues; THIS_WEEK: events in 7 days; FREE; LAST_PLACES: 5 places or fewer left; NEW: newest; CHANGE: categories never booked; SELECTION: an editorial selection */
export const HomeModuleKind = {
  CHANGE: 'CHANGE',
  FREE: 'FREE',
  LAST_PLACES: 'LAST_PLACES',
  NEAR: 'NEAR',
  NEW: 'NEW',
  SELECTION: 'SELECTION',
  THIS_WEEK: 'THIS_WEEK'
} as const;

export type HomeModuleKind = typeof HomeModuleKind[keyof typeof HomeModuleKind];
/** File formats every image is served in (JPEG: the fallback every browser reads) */
export const ImageFormat = {
  AVIF: 'AVIF',
  JPEG: 'JPEG',
  WEBP: 'WEBP'
} as const;

export type ImageFormat = typeof ImageFormat[keyof typeof ImageFormat];
/** What an email is about */
export const MailKind = {
  ACTIVATION_APPROVED: 'ACTIVATION_APPROVED',
  ACTIVATION_REJECTED: 'ACTIVATION_REJECTED',
  BOOKING_CANCELLED: 'BOOKING_CANCELLED',
  BOOKING_CONFIRMED: 'BOOKING_CONFIRMED',
  BOOKING_DATE_CHANGED: 'BOOKING_DATE_CHANGED',
  DEPARTMENT_OPENED: 'DEPARTMENT_OPENED',
  EMAIL_CONFIRMATION: 'EMAIL_CONFIRMATION',
  EXPIRY_REMINDER: 'EXPIRY_REMINDER',
  MEMBERSHIP_DECIDED: 'MEMBERSHIP_DECIDED',
  OFFERER_DECIDED: 'OFFERER_DECIDED',
  OFFER_REJECTED: 'OFFER_REJECTED',
  PRO_DAILY_SUMMARY: 'PRO_DAILY_SUMMARY',
  SIGN_UP_ATTEMPT: 'SIGN_UP_ATTEMPT',
  VENUE_NEW_BOOKING: 'VENUE_NEW_BOOKING'
} as const;

export type MailKind = typeof MailKind[keyof typeof MailKind];
export const ModerationRuleKind = {
  PRICE_ABOVE: 'PRICE_ABOVE',
  SUBCATEGORIES: 'SUBCATEGORIES',
  WORDS: 'WORDS'
} as const;

export type ModerationRuleKind = typeof ModerationRuleKind[keyof typeof ModerationRuleKind];
export const OffererDecision = {
  REJECTED: 'REJECTED',
  VALIDATED: 'VALIDATED'
} as const;

export type OffererDecision = typeof OffererDecision[keyof typeof OffererDecision];
export const OffererStatus = {
  NEW: 'NEW',
  REJECTED: 'REJECTED',
  VALIDATED: 'VALIDATED'
} as const;

export type OffererStatus = typeof OffererStatus[keyof typeof OffererStatus];
/** Where an email stands: waiting, being sent, sent, given up (FAILED), or given up because it may have been delivered (UNCERTAIN: an admin decides) */
export const OutboxStatus = {
  FAILED: 'FAILED',
  PENDING: 'PENDING',
  SENDING: 'SENDING',
  SENT: 'SENT',
  UNCERTAIN: 'UNCERTAIN'
} as const;

export type OutboxStatus = typeof OutboxStatus[keyof typeof OutboxStatus];
export const Role = {
  ADMIN: 'ADMIN',
  BENEFICIARY: 'BENEFICIARY',
  PRO: 'PRO'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** What a suggested person is on the offers naming them */
export const SearchPersonRole = {
  AUTHOR: 'AUTHOR',
  PERFORMER: 'PERFORMER',
  STAGE_DIRECTOR: 'STAGE_DIRECTOR'
} as const;

export type SearchPersonRole = typeof SearchPersonRole[keyof typeof SearchPersonRole];
/** What a suggestion leads to (PERSON: search offers by that name) */
export const SearchSuggestionKind = {
  CATEGORY: 'CATEGORY',
  OFFER: 'OFFER',
  PERSON: 'PERSON',
  PLACE: 'PLACE',
  VENUE: 'VENUE'
} as const;

export type SearchSuggestionKind = typeof SearchSuggestionKind[keyof typeof SearchSuggestionKind];
export const UptakeSide = {
  BENEFICIARY: 'BENEFICIARY',
  VENUE: 'VENUE'
} as const;

export type UptakeSide = typeof UptakeSide[keyof typeof UptakeSide];
export const ValidationStatus = {
  APPROVED: 'APPROVED',
  DRAFT: 'DRAFT',
  PENDING: 'PENDING',
  REJECTED: 'REJECTED'
} as const;

export type ValidationStatus = typeof ValidationStatus[keyof typeof ValidationStatus];