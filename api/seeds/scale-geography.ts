/**
 * Public facts for the national-scale seed: rough populations of every
 * department, and about 500 real cities with their main postal code, the
 * approximate coordinates of their centre and their population (thousands,
 * rounded). Paris is listed by arrondissement. Venues and young people are
 * placed in these cities, or in generated villages around them for the rural
 * share of each department. The figures are in seeds/data/scale/ (departments.json,
 * cities.json, village-names.json).
 */
import { rowsOf } from './data-files.js';
import CITIES from './data/scale/cities.json' with { type: 'json' };
import DEPARTMENTS from './data/scale/departments.json' with { type: 'json' };
import VILLAGE_NAMES from './data/scale/village-names.json' with { type: 'json' };

export interface ScaleCity {
  departmentCode: string;
  name: string;
  postalCode: string;
  latitude: number;
  longitude: number;
  /** Inhabitants, in thousands. */
  populationK: number;
}

/** Inhabitants of each department, in thousands (rounded, 2020s). */
export const DEPARTMENT_POPULATION_K: Readonly<Record<string, number>> = DEPARTMENTS.populationK;

export const SCALE_CITIES: readonly ScaleCity[] = rowsOf<ScaleCity>(CITIES);

/** Cultural venues per inhabitant, relative to the rest of France (Paris has far more). */
export const VENUE_DENSITY: Readonly<Record<string, number>> = DEPARTMENTS.venueDensity;

/** Departments that are one continuous town: no villages around their cities. */
export const URBAN_DEPARTMENTS: readonly string[] = DEPARTMENTS.urbanDepartments;

/** How far from a city, in km, a village of the department may lie. */
export function villageRadiusKm(departmentCode: string): number {
  if (['971', '972', '974', '976'].includes(departmentCode)) return 8;
  if (departmentCode === '973') return 12;
  if (departmentCode === '2A' || departmentCode === '2B') return 15;
  return 25;
}

/** Jitter radius around a city centre, in km: wider for larger towns. */
export function cityRadiusKm(city: ScaleCity): number {
  if (city.departmentCode === '75') return 0.9;
  return Math.min(6, Math.max(1, Math.sqrt(city.populationK) / 3));
}

/** Parts of generated village names: "Saint-Martin-des-Prés", "Beaumont-le-Château". */
export const VILLAGE_NAME_STEMS: readonly string[] = VILLAGE_NAMES.stems;
export const VILLAGE_NAME_SUFFIXES: readonly string[] = VILLAGE_NAMES.suffixes;
