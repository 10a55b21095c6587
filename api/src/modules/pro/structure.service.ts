import type { Database } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { OffererStatus } from '../catalog/offerer.entity.js';
import { VENUE_TYPES } from '../catalog/venue-types.js';
import type { Caller, OpenedSession } from '../identity/identity.service.js';
import { isEmailConfirmed } from '../identity/identity.queries.js';
import type { RegistrationService } from '../registration/registration.service.js';
import { isPlausibleEmail, normalizeEmail } from '../identity/eligibility.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../identity/password.js';
import { Role } from '../identity/roles.js';
import type { Viewer } from '../identity/identity.service.js';
import { findPlaces } from '../search/places.queries.js';
import { departmentFromPostalCode } from '../territory/departments.js';
import { isValidSiren, isValidSiret, normalizeCompanyId, sirenOfSiret } from './company-ids.js';
import { notFound } from '../catalog/pro-access.queries.js';
import {
  OFFERER_SIREN_CONSTRAINT,
  VENUE_SIRET_CONSTRAINT,
  insertMembershipRequest,
  insertOffererWithCreator,
  insertVenue,
  offererIdBySiren,
  offerersOfMember,
  ownVenue,
  proVenueById,
  updateVenueDetails,
  validatedMembership,
  venuesOfOfferers,
  type ProVenueRow,
} from '../catalog/structure.queries.js';

export type { ProVenueRow } from '../catalog/structure.queries.js';

export interface ProSignUpData {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

export interface VenueDetails {
  name: string;
  publicName?: string | null;
  address: string;
  postalCode: string;
  city: string;
  venueType: string;
  location?: { latitude: number; longitude: number } | null;
  bookingEmail?: string | null;
  accessibility: { motor: boolean; visual: boolean; hearing: boolean; mental: boolean };
}

export interface OffererWithVenues {
  id: number;
  siren: string;
  name: string;
  status: OffererStatus;
  membershipStatus: OffererStatus;
  venues: ProVenueRow[];
}

function violates(error: unknown, constraint: string): boolean {
  const pg = error as { code?: string; constraint?: string };
  return pg.code === '23505' && pg.constraint === constraint;
}

function badInput(fields: Record<string, string>): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, Object.values(fields)[0], { fields });
}

/**
 * A pro's structure: their account, the offerers (SIREN) they belong to, and the
 * venues (SIRET) of those offerers. Validation of offerers and memberships is the
 * ministry's; here offerers start NEW.
 */
export class StructureService {
  constructor(private readonly sql: Database) {}

  /**
   * A pro account (no age rules: pros are adults at work), signed in at once, unconfirmed
   * until its address is (the same answer whether the address was free or taken).
   */
  async signUpPro(
    data: ProSignUpData,
    registration: RegistrationService,
    caller: Caller,
  ): Promise<OpenedSession> {
    const email = normalizeEmail(data.email);
    const fields: Record<string, string> = {};
    if (!isPlausibleEmail(email)) fields.email = "Cette adresse e-mail n'est pas valide.";
    if (data.password.length < PASSWORD_MIN_LENGTH || data.password.length > PASSWORD_MAX_LENGTH) {
      fields.password = `Le mot de passe doit contenir de ${PASSWORD_MIN_LENGTH} à ${PASSWORD_MAX_LENGTH} caractères.`;
    }
    const firstName = data.firstName.trim();
    const lastName = data.lastName.trim();
    if (!firstName || firstName.length > 100) fields.firstName = 'Indiquez votre prénom.';
    if (!lastName || lastName.length > 100) fields.lastName = 'Indiquez votre nom.';
    if (Object.keys(fields).length > 0) throw badInput(fields);
    return registration.signUp(
      {
        email,
        firstName,
        lastName,
        birthDate: null,
        postalCode: null,
        departmentCode: null,
        roles: [Role.PRO],
        activationStatus: null,
        createdAt: new Date(),
      },
      data.password,
      caller,
      'pro',
    );
  }

  /**
   * A new offerer from its SIREN, with its virtual venue for digital offers. Its
   * creator is its first member (validated); the offerer itself waits for the
   * ministry (NEW). An existing SIREN is refused with `offererExists`: ask to join.
   */
  async createOfferer(viewer: Viewer, input: { siren: string; name: string }): Promise<number> {
    const siren = normalizeCompanyId(input.siren);
    const name = input.name.trim();
    const fields: Record<string, string> = {};
    if (!isValidSiren(siren)) {
      fields.siren = "Ce SIREN n'est pas valide : il compte 9 chiffres et sa clé doit être juste.";
    }
    if (!name || name.length > 200) fields.name = 'Indiquez le nom de la structure.';
    if (Object.keys(fields).length > 0) throw badInput(fields);
    await this.requireConfirmedEmail(viewer);
    try {
      return await this.sql.transaction((tx) =>
        insertOffererWithCreator(tx, viewer.userId, siren, name),
      );
    } catch (error) {
      if (violates(error, OFFERER_SIREN_CONSTRAINT)) {
        throw new AppError(
          ErrorCode.BAD_USER_INPUT,
          'Cette structure est déjà inscrite sur pass Culture : demandez à la rejoindre.',
          { fields: { siren: 'Structure déjà inscrite.' }, offererExists: true },
        );
      }
      throw error;
    }
  }

  /** Asks to join an existing offerer: the membership waits for validation. */
  async joinOfferer(viewer: Viewer, rawSiren: string): Promise<number> {
    const siren = normalizeCompanyId(rawSiren);
    if (!isValidSiren(siren)) {
      throw badInput({ siren: "Ce SIREN n'est pas valide : il compte 9 chiffres." });
    }
    await this.requireConfirmedEmail(viewer);
    const offererId = await offererIdBySiren(this.sql, siren);
    if (offererId === null) {
      throw new AppError(
        ErrorCode.NOT_FOUND,
        "Aucune structure n'est inscrite avec ce SIREN : vous pouvez la créer.",
      );
    }
    await insertMembershipRequest(this.sql, viewer.userId, offererId);
    return offererId;
  }

  /** A structure is created or joined only from a confirmed address. */
  private async requireConfirmedEmail(viewer: Viewer): Promise<void> {
    if (!(await isEmailConfirmed(this.sql, viewer.userId))) {
      throw new AppError(
        ErrorCode.EMAIL_NOT_CONFIRMED,
        "Confirmez d'abord votre adresse e-mail : cliquez sur le lien que nous vous avons envoyé.",
      );
    }
  }

  /** Every offerer the pro belongs to or asked to join; venues only where validated. */
  async offerersOf(userId: number, onlyOffererId?: number): Promise<OffererWithVenues[]> {
    const offerers = await offerersOfMember(this.sql, userId, onlyOffererId ?? null);
    const readable = offerers
      .filter((o) => o.membershipStatus === OffererStatus.VALIDATED)
      .map((o) => o.id);
    const venues = readable.length ? await venuesOfOfferers(this.sql, readable) : [];
    return offerers.map((o) => ({
      ...o,
      venues: venues.filter((v) => v.offererId === o.id),
    }));
  }

  async venue(userId: number, venueId: number): Promise<ProVenueRow> {
    if (!(await ownVenue(this.sql, userId, venueId))) throw notFound('venue');
    const row = await proVenueById(this.sql, venueId);
    if (!row) throw notFound('venue');
    return row;
  }

  /** A venue from a SIRET of the offerer's SIREN. */
  async createVenue(
    viewer: Viewer,
    input: VenueDetails & { offererId: number; siret: string },
  ): Promise<number> {
    const siret = normalizeCompanyId(input.siret);
    const fields: Record<string, string> = {};
    const offerer = await validatedMembership(this.sql, viewer.userId, input.offererId);
    if (!offerer) throw notFound('offerer');
    if (!isValidSiret(siret)) {
      fields.siret = "Ce SIRET n'est pas valide : il compte 14 chiffres et sa clé doit être juste.";
    } else if (sirenOfSiret(siret) !== offerer.siren) {
      fields.siret = `Ce SIRET n'appartient pas à la structure : il doit commencer par ${offerer.siren}.`;
    }
    const details = await this.checkDetails(input, fields);
    try {
      return await insertVenue(this.sql, input.offererId, siret, venueValues(details));
    } catch (error) {
      if (violates(error, VENUE_SIRET_CONSTRAINT)) {
        throw badInput({ siret: 'Un lieu existe déjà avec ce SIRET.' });
      }
      throw error;
    }
  }

  async updateVenue(viewer: Viewer, venueId: number, input: VenueDetails): Promise<number> {
    const venue = await ownVenue(this.sql, viewer.userId, venueId);
    if (!venue) throw notFound('venue');
    if (venue.isVirtual) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        "Le lieu des offres numériques n'a pas d'adresse : il ne se modifie pas.",
      );
    }
    const details = await this.checkDetails(input, {});
    await updateVenueDetails(this.sql, venueId, venueValues(details));
    return venueId;
  }

  /** Checks a venue's details; the location comes from the map or, failing that, the town. */
  private async checkDetails(
    input: VenueDetails,
    fields: Record<string, string>,
  ): Promise<
    VenueDetails & { departmentCode: string; location: { latitude: number; longitude: number } }
  > {
    const name = input.name.trim();
    const postalCode = input.postalCode.trim();
    const city = input.city.trim();
    const address = input.address.trim();
    if (!name || name.length > 200) fields.name = 'Indiquez le nom du lieu.';
    if (!address || address.length > 300) fields.address = "Indiquez l'adresse du lieu.";
    if (!city || city.length > 200) fields.city = 'Indiquez la ville.';
    const departmentCode = departmentFromPostalCode(postalCode);
    if (!departmentCode) {
      fields.postalCode = "Ce code postal n'est pas celui d'un département français.";
    }
    if (!(VENUE_TYPES as readonly string[]).includes(input.venueType)) {
      fields.venueType = 'Choisissez le type de lieu.';
    }
    const bookingEmail = input.bookingEmail?.trim() ? normalizeEmail(input.bookingEmail) : null;
    if (bookingEmail && !isPlausibleEmail(bookingEmail)) {
      fields.bookingEmail = "Cette adresse e-mail n'est pas valide.";
    }
    let location = input.location ?? null;
    if (location && !isPlausibleFrenchPoint(location)) {
      fields.location = 'Ce point est hors de France : placez le lieu sur la carte.';
    }
    if (!location && departmentCode) {
      const places = await findPlaces(this.sql, postalCode, 20);
      const place = places.find((p) => sameTown(p.city, city)) ?? places[0];
      if (place) location = { latitude: place.latitude, longitude: place.longitude };
      else fields.location = 'Nous ne trouvons pas cette ville : placez le lieu sur la carte.';
    }
    if (Object.keys(fields).length > 0) throw badInput(fields);
    return {
      ...input,
      name,
      publicName: input.publicName?.trim() || null,
      address,
      postalCode,
      city,
      departmentCode: departmentCode!,
      bookingEmail,
      location: location!,
    };
  }
}

function venueValues(
  d: VenueDetails & { departmentCode: string; location: { latitude: number; longitude: number } },
): unknown[] {
  return [
    d.name,
    d.publicName ?? null,
    d.address,
    d.postalCode,
    d.city,
    d.departmentCode,
    d.location.longitude,
    d.location.latitude,
    d.venueType,
    d.bookingEmail ?? null,
    d.accessibility.motor,
    d.accessibility.visual,
    d.accessibility.hearing,
    d.accessibility.mental,
  ];
}

/** Metropolitan France and the overseas departments, roughly: catches swapped coordinates. */
function isPlausibleFrenchPoint({ latitude, longitude }: { latitude: number; longitude: number }) {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return false;
  const boxes = [
    [41, 51.5, -5.5, 10], // metropolitan France and Corsica
    [15.8, 16.6, -61.9, -60.9], // Guadeloupe
    [14.3, 14.9, -61.3, -60.8], // Martinique
    [2, 6, -54.7, -51.5], // Guyane
    [-21.4, -20.8, 55.2, 55.9], // La Réunion
    [-13.1, -12.6, 44.9, 45.4], // Mayotte
  ];
  return boxes.some(
    ([south, north, west, east]) =>
      latitude >= south! && latitude <= north! && longitude >= west! && longitude <= east!,
  );
}

function sameTown(a: string, b: string): boolean {
  const simple = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  return simple(a) === simple(b);
}
