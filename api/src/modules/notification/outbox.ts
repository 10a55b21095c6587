/**
 * The booking module's way to the outbox's queries (outbox.queries.ts), until its imports
 * move there: the booking module is being changed in parallel, so it is left as it is.
 */
export { enqueueBookingConfirmed, enqueueBookingsCancelled } from './outbox.queries.js';
