import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Offerer } from '../catalog/offerer.entity.js';
import { User } from '../identity/user.entity.js';

/**
 * A key a venue's own software uses to call the API for one offerer. It acts through its
 * own PRO account (`account`), a validated member of that offerer only, so every existing
 * ownership check scopes a key caller to that offerer without knowing about keys. We keep
 * only the secret's SHA-256, as for sessions.
 */
@Entity()
@Check({ name: 'api_key_name_not_blank', expression: 'length(btrim(name)) > 0' })
export class ApiKey {
  @PrimaryKey()
  id!: number;

  @Index()
  @ManyToOne(() => Offerer, { deleteRule: 'cascade' })
  offerer!: Offerer;

  /** The pro who created it; the key stops working when they leave the offerer. */
  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  createdBy!: User;

  @Unique()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  account!: User;

  @Property({ length: 100 })
  name!: string;

  /** The first characters of the secret, shown in lists so a pro can tell keys apart. */
  @Property({ length: 16 })
  displayPrefix!: string;

  @Unique()
  @Property({ length: 64 })
  secretHash!: string;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
