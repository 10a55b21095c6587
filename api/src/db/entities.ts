import { User } from '../modules/identity/user.entity.js';
import { Session } from '../modules/identity/session.entity.js';
import { GrantPolicy } from '../modules/wallet/grant-policy.entity.js';
import { Deposit } from '../modules/wallet/deposit.entity.js';
import { Offerer } from '../modules/catalog/offerer.entity.js';
import { OffererMembership } from '../modules/catalog/offerer-membership.entity.js';
import { Venue } from '../modules/catalog/venue.entity.js';
import { Offer } from '../modules/catalog/offer.entity.js';
import { Stock } from '../modules/catalog/stock.entity.js';
import { Favorite } from '../modules/catalog/favorite.entity.js';
import { Booking } from '../modules/booking/booking.entity.js';
import { Department } from '../modules/territory/department.entity.js';
import { EmailPreference, OutboxMessage } from '../modules/notification/outbox.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { ModerationRule } from '../modules/moderation/moderation-rule.entity.js';
import { InsightsRefresh, SubcategoryCategory } from '../modules/insights/insights.entities.js';
import { ApiKey } from '../modules/apikey/api-key.entity.js';
import {
  OfferSearch,
  OfferSearchCellCount,
  OfferSearchName,
  OfferSearchPage,
  OfferSearchPeople,
  OfferSearchWord,
  OfferSearchVenueChange,
  OfferSearchPerson,
  OfferSearchVenueCount,
} from '../modules/search/offer-search.entity.js';
import { EditorialSelection } from '../modules/discovery/editorial-selection.entity.js';
import { Image } from '../modules/media/image.entity.js';

export const ENTITIES = [
  User,
  Session,
  GrantPolicy,
  Deposit,
  Department,
  Offerer,
  OffererMembership,
  Venue,
  Offer,
  Stock,
  Favorite,
  Booking,
  OutboxMessage,
  EmailPreference,
  AuditEntry,
  ModerationRule,
  SubcategoryCategory,
  InsightsRefresh,
  ApiKey,
  OfferSearch,
  OfferSearchPage,
  OfferSearchVenueCount,
  OfferSearchCellCount,
  OfferSearchName,
  OfferSearchPerson,
  OfferSearchPeople,
  OfferSearchWord,
  OfferSearchVenueChange,
  EditorialSelection,
  Image,
];
