import { describe, expect, it } from 'vitest';
import {
  distanceMeters,
  geolocationFailureMessage,
  parseStoredLocation,
  placeLabel,
  serializeLocation,
  type SearchLocation,
} from './location';

const saintDenis: SearchLocation = {
  source: 'place',
  label: 'Saint-Denis (93200)',
  latitude: 48.9335,
  longitude: 2.3562,
};

describe('remembered location', () => {
  it('round-trips through storage', () => {
    expect(parseStoredLocation(serializeLocation(saintDenis))).toEqual(saintDenis);
  });

  it('ignores anything that is not one of ours', () => {
    expect(parseStoredLocation(null)).toBeNull();
    expect(parseStoredLocation('not json')).toBeNull();
    expect(parseStoredLocation('[]')).toBeNull();
    expect(parseStoredLocation(JSON.stringify({ ...saintDenis, source: 'gps' }))).toBeNull();
    expect(parseStoredLocation(JSON.stringify({ ...saintDenis, latitude: 91 }))).toBeNull();
    expect(parseStoredLocation(JSON.stringify({ ...saintDenis, longitude: '2.3' }))).toBeNull();
    expect(parseStoredLocation(JSON.stringify({ ...saintDenis, label: '' }))).toBeNull();
  });

  it('labels a town with its postal code', () => {
    expect(placeLabel({ city: 'Saint-Denis', postalCode: '93200' })).toBe('Saint-Denis (93200)');
  });
});

describe('distance', () => {
  it('matches PostGIS to within 0.5 % at city scale, and is 0 to itself', () => {
    // PostGIS (geography, spheroid) says 1 341 m from Saint-Denis to Le Métronome.
    const metronome = { latitude: 48.925143, longitude: 2.342821 };
    const point = { latitude: 48.93345233333333, longitude: 2.3562453333333333 };
    expect(Math.abs(distanceMeters(point, metronome) - 1341) / 1341).toBeLessThan(0.005);
    expect(distanceMeters(point, point)).toBe(0);
  });
});

describe('geolocation failures', () => {
  it('tells what to do instead, for each reason', () => {
    expect(geolocationFailureMessage(1)).toMatch(/pas autorisé.*ville ou ton code postal/);
    expect(geolocationFailureMessage(2)).toMatch(/n'a pas pu être trouvée/);
    expect(geolocationFailureMessage(3)).toMatch(/trop de temps/);
    expect(geolocationFailureMessage('unsupported')).toMatch(/ne sait pas/);
  });
});
