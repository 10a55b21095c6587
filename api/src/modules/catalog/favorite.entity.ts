import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Offer } from './offer.entity.js';

@Entity()
@Unique({ properties: ['user', 'offer'] })
export class Favorite {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Index()
  @ManyToOne(() => Offer, { deleteRule: 'cascade' })
  offer!: Offer;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
