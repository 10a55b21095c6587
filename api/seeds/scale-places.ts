/**
 * Where things are in the national-scale seed: a department drawn by
 * population, then a town of it (by population) or, for the department's rural
 * share, a generated village some kilometres away. Every place carries a postal
 * code whose department (by `departmentFromPostalCode`) is the department drawn.
 * Villages are drawn once per seed, so that a village's venues share its name,
 * postal code and surroundings.
 */
import { departmentFromPostalCode } from '../src/modules/territory/departments.js';
import type { Random } from './random.js';
import {
  cityRadiusKm,
  DEPARTMENT_POPULATION_K,
  SCALE_CITIES,
  URBAN_DEPARTMENTS,
  VILLAGE_NAME_STEMS,
  VILLAGE_NAME_SUFFIXES,
  VENUE_DENSITY,
  villageRadiusKm,
  type ScaleCity,
} from './scale-geography.js';
import { WeightedPicker } from './scale-weights.js';

export interface Place {
  city: string;
  postalCode: string;
  departmentCode: string;
  latitude: number;
  longitude: number;
}

/** Cities listed under their first arrondissement: the postal code is drawn among them. */
const ARRONDISSEMENTS: Readonly<Record<string, number>> = { '13001': 16, '69001': 9 };

/** Venues gather in towns more than people do: the rural share of venues is scaled down. */
const RURAL_SHARE_FACTOR = 0.7;
const MAX_RURAL_SHARE = 0.6;

const KM_PER_DEGREE = 111.32;

/** `from` moved by `distanceKm` towards a random direction, rounded to 6 decimals. */
function offset(random: Random, from: { latitude: number; longitude: number }, distanceKm: number) {
  const angle = 2 * Math.PI * random.float();
  const latitude = from.latitude + (distanceKm * Math.cos(angle)) / KM_PER_DEGREE;
  const longitude =
    from.longitude +
    (distanceKm * Math.sin(angle)) / (KM_PER_DEGREE * Math.cos((from.latitude * Math.PI) / 180));
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return { latitude: round(latitude), longitude: round(longitude) };
}

/**
 * A plausible postal code of a village of the department (never the prefecture's 000).
 * Drawn again when the code belongs to another territory (97150 is Saint-Martin's, not
 * Guadeloupe's).
 */
function villagePostalCode(random: Random, departmentCode: string): string {
  for (;;) {
    const code = drawPostalCode(random, departmentCode);
    if (departmentFromPostalCode(code) === departmentCode) return code;
  }
}

function drawPostalCode(random: Random, departmentCode: string): string {
  const digit = () => String(random.int(0, 9));
  if (departmentCode === '2A') return `201${digit()}0`;
  if (departmentCode === '2B') return `20${random.int(2, 9)}${digit()}0`;
  if (departmentCode.length === 3) return `${departmentCode}${random.int(1, 9)}0`;
  return `${departmentCode}${random.int(1, 9)}${digit()}0`;
}

function villageName(random: Random): string {
  return `${random.pick(VILLAGE_NAME_STEMS)}${random.pick(VILLAGE_NAME_SUFFIXES)}`;
}

function cityPostalCode(random: Random, city: ScaleCity): string {
  const arrondissements = ARRONDISSEMENTS[city.postalCode];
  if (!arrondissements) return city.postalCode;
  const base = Number(city.postalCode) - 1;
  return String(base + random.int(1, arrondissements)).padStart(5, '0');
}

function assertDepartment(place: Place): Place {
  const fromPostalCode = departmentFromPostalCode(place.postalCode);
  if (fromPostalCode !== place.departmentCode) {
    throw new Error(
      `Scale seed: postal code ${place.postalCode} is not in department ${place.departmentCode}`,
    );
  }
  return place;
}

/** Villages per department: about one for every 10,000 rural inhabitants. */
const RURAL_K_PER_VILLAGE = 10;
const MIN_VILLAGES = 5;
const MAX_VILLAGES = 120;

export class PlacePicker {
  private readonly departments: WeightedPicker<string>;
  private readonly venueDepartments: WeightedPicker<string>;
  private readonly citiesByDepartment = new Map<string, WeightedPicker<ScaleCity>>();
  private readonly villagesByDepartment = new Map<string, Place[]>();
  private readonly ruralShares = new Map<string, number>();

  /** `random` draws the villages once: the same seed gives the same villages. */
  constructor(random: Random) {
    const codes = Object.keys(DEPARTMENT_POPULATION_K);
    this.departments = new WeightedPicker(
      codes,
      codes.map((code) => DEPARTMENT_POPULATION_K[code]!),
    );
    this.venueDepartments = new WeightedPicker(
      codes,
      codes.map((code) => DEPARTMENT_POPULATION_K[code]! * (VENUE_DENSITY[code] ?? 1)),
    );
    for (const code of codes) {
      const cities = SCALE_CITIES.filter((city) => city.departmentCode === code);
      if (cities.length === 0) throw new Error(`Scale seed: no city in department ${code}`);
      this.citiesByDepartment.set(
        code,
        new WeightedPicker(
          cities,
          cities.map((city) => city.populationK),
        ),
      );
      const townsK = cities.reduce((sum, city) => sum + city.populationK, 0);
      const ruralK = URBAN_DEPARTMENTS.includes(code)
        ? 0
        : Math.max(0, DEPARTMENT_POPULATION_K[code]! - townsK);
      const rural = Math.min(MAX_RURAL_SHARE, ruralK / DEPARTMENT_POPULATION_K[code]!);
      this.ruralShares.set(code, rural * RURAL_SHARE_FACTOR);
      if (ruralK > 0) {
        const count = Math.round(ruralK / RURAL_K_PER_VILLAGE);
        const bounded = Math.min(MAX_VILLAGES, Math.max(MIN_VILLAGES, count));
        this.villagesByDepartment.set(code, makeVillages(random, code, cities, bounded));
      }
    }
  }

  /** A department, drawn by population: where a young person lives. */
  department(random: Random): string {
    return this.departments.pick(random);
  }

  /** A department, drawn by population and cultural density: where a venue stands. */
  venueDepartment(random: Random): string {
    return this.venueDepartments.pick(random);
  }

  /** A town of the department, drawn by population. */
  city(random: Random, departmentCode: string): ScaleCity {
    const picker = this.citiesByDepartment.get(departmentCode);
    if (!picker) throw new Error(`Scale seed: unknown department ${departmentCode}`);
    return picker.pick(random);
  }

  /** Somewhere in the department: in a town, or in a village for its rural share. */
  placeIn(random: Random, departmentCode: string): Place {
    const villages = this.villagesByDepartment.get(departmentCode);
    if (villages && random.chance(this.ruralShares.get(departmentCode) ?? 0)) {
      return this.near(random, random.pick(villages), 1);
    }
    return this.inCity(random, this.city(random, departmentCode));
  }

  /** A point in the town, denser near its centre. */
  inCity(random: Random, city: ScaleCity): Place {
    const point = offset(random, city, cityRadiusKm(city) * random.float());
    return assertDepartment({
      city: city.name,
      postalCode: cityPostalCode(random, city),
      departmentCode: city.departmentCode,
      ...point,
    });
  }

  /** Another point of the same place (a second venue of a town hall, say). */
  near(random: Random, place: Place, radiusKm: number): Place {
    return { ...place, ...offset(random, place, radiusKm * Math.sqrt(random.float())) };
  }
}

/** Villages with distinct names, a few kilometres from the department's towns. */
function makeVillages(
  random: Random,
  departmentCode: string,
  towns: readonly ScaleCity[],
  count: number,
): Place[] {
  const names = new Set(towns.map((town) => town.name));
  const villages: Place[] = [];
  for (let attempt = 0; villages.length < count && attempt < count * 20; attempt++) {
    const name = villageName(random);
    if (names.has(name)) continue;
    names.add(name);
    const town = random.pick(towns);
    const distanceKm = 4 + (villageRadiusKm(departmentCode) - 4) * random.float();
    villages.push(
      assertDepartment({
        city: name,
        postalCode: villagePostalCode(random, departmentCode),
        departmentCode,
        ...offset(random, town, distanceKm),
      }),
    );
  }
  return villages;
}
