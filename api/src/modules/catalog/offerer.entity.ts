import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';

export enum OffererStatus {
  NEW = 'NEW',
  VALIDATED = 'VALIDATED',
  REJECTED = 'REJECTED',
}
registerEnumType(OffererStatus, { name: 'OffererStatus' });

/** A company (SIREN) that runs venues. */
@Entity()
export class Offerer {
  @PrimaryKey()
  id!: number;

  @Unique()
  @Property({ length: 9 })
  siren!: string;

  @Property({ length: 200 })
  name!: string;

  @Enum({ items: () => OffererStatus, default: OffererStatus.NEW })
  status: OffererStatus = OffererStatus.NEW;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  validatedAt: Date | null = null;
}
