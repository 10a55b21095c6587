import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Offerer, OffererStatus } from './offerer.entity.js';

/** A user's membership of an offerer; it needs validation like the offerer itself. */
@Entity()
@Unique({ properties: ['user', 'offerer'] })
export class OffererMembership {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Index()
  @ManyToOne(() => Offerer, { deleteRule: 'cascade' })
  offerer!: Offerer;

  @Enum({ items: () => OffererStatus, default: OffererStatus.NEW })
  status: OffererStatus = OffererStatus.NEW;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
