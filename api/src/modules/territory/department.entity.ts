import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A department and whether the ministry has opened it to the pass. */
@Entity()
export class Department {
  @PrimaryKey({ length: 3 })
  code!: string;

  @Property({ length: 100 })
  name!: string;

  @Property({ default: false })
  isOpen: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  openedAt: Date | null = null;
}
