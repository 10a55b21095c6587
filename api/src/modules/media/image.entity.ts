import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Offer } from '../catalog/offer.entity.js';
import { Offerer } from '../catalog/offerer.entity.js';
import { Venue } from '../catalog/venue.entity.js';
import { User } from '../identity/user.entity.js';

/**
 * The image of one offer or one venue (at most one each: replacing one deletes the row
 * before it and writes a new one, with a new key, so a new URL). Its files live in the
 * image store under `key` (renditions) and `originalKey` (the master); `bytes` counts
 * them all toward the offerer's storage allowance.
 */
@Entity()
@Check({
  name: 'image_illustrates_one_thing',
  expression: '(offer_id is null) <> (venue_id is null)',
})
@Check({ name: 'image_alt_not_blank', expression: 'length(btrim(alt)) > 0' })
export class Image {
  @PrimaryKey()
  id!: number;

  /** Whose allowance it counts against. */
  @Index()
  @ManyToOne(() => Offerer, { deleteRule: 'cascade' })
  offerer!: Offerer;

  @ManyToOne(() => Offer, { deleteRule: 'cascade', nullable: true, unique: true })
  offer: Offer | null = null;

  @ManyToOne(() => Venue, { deleteRule: 'cascade', nullable: true, unique: true })
  venue: Venue | null = null;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  uploadedBy: User | null = null;

  /** Content address of the renditions: `<key>/<width>.<avif|webp|jpg>`. */
  @Index()
  @Property({ length: 64 })
  key!: string;

  @Index()
  @Property({ length: 64 })
  originalKey!: string;

  /** Size of the largest rendition; the derived widths are those of IMAGE_WIDTHS up to it. */
  @Property({ type: 'integer' })
  width!: number;

  @Property({ type: 'integer' })
  height!: number;

  @Property({ type: 'integer' })
  bytes!: number;

  /** What the image shows, for people who cannot see it. */
  @Property({ length: 300 })
  alt!: string;

  @Property({ length: 200, nullable: true })
  credit: string | null = null;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
