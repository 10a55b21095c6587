import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';

/** One admin action, written in the same transaction as the change it records. */
@Entity({ tableName: 'audit_log' })
@Index({
  name: 'audit_log_created_at_index',
  expression:
    'create index "audit_log_created_at_index" on "audit_log" ("created_at" desc, "id" desc)',
})
export class AuditEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => User, { fieldName: 'admin_id', updateRule: 'cascade', deleteRule: 'no action' })
  admin!: User;

  @Property({ length: 64 })
  action!: string;

  @Property({ length: 32 })
  targetType!: string;

  @Property({ length: 64 })
  targetId!: string;

  @Property({ type: 'json', default: '{}' })
  details: Record<string, unknown> = {};

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
