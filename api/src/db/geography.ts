import { Type } from '@mikro-orm/core';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/**
 * A PostGIS `geography(Point,4326)` column mapped to { latitude, longitude }.
 * Written as EWKT and read back as text so the driver never sees binary WKB.
 */
export class GeographyPointType extends Type<GeoPoint | null, string | null> {
  override convertToDatabaseValue(value: GeoPoint | null | undefined): string | null {
    if (!value) return null;
    return `SRID=4326;POINT(${value.longitude} ${value.latitude})`;
  }

  override convertToJSValue(value: string | null | undefined): GeoPoint | null {
    if (!value) return null;
    const match = /POINT\((-?[\d.e+-]+) (-?[\d.e+-]+)\)/i.exec(value);
    if (!match) return null;
    return { longitude: Number(match[1]), latitude: Number(match[2]) };
  }

  override convertToDatabaseValueSQL(key: string): string {
    return `ST_GeogFromText(${key})`;
  }

  override convertToJSValueSQL(key: string): string {
    return `ST_AsText(${key})`;
  }

  override getColumnType(): string {
    return 'geography(Point,4326)';
  }

  override compareAsType(): string {
    return 'string';
  }
}
