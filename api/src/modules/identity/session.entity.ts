import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** An opaque session: the client holds a random token, we keep only its SHA-256. */
@Entity()
export class Session {
  @PrimaryKey()
  id!: number;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Unique()
  @Property({ length: 64 })
  tokenHash!: string;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property()
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
