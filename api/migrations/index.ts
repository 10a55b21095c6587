import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126000000_initial } from './Migration20261126000000_initial.js';
import { Migration20261126010000_booking_ledger } from './Migration20261126010000_booking_ledger.js';
import { Migration20261126020000_search } from './Migration20261126020000_search.js';
import { Migration20261126030000_pro } from './Migration20261126030000_pro.js';
import { Migration20261126040000_backoffice } from './Migration20261126040000_backoffice.js';
import { Migration20261126050000_outbox } from './Migration20261126050000_outbox.js';
import { Migration20261126060000_account } from './Migration20261126060000_account.js';
import { Migration20261126070000_import } from './Migration20261126070000_import.js';
import { Migration20261126080000_moderation_queue } from './Migration20261126080000_moderation_queue.js';
import { Migration20261126090000_mail_kinds } from './Migration20261126090000_mail_kinds.js';
import { Migration20261203000000_ledger_net } from './Migration20261203000000_ledger_net.js';
import { Migration20261203010000_outbox_uncertain } from './Migration20261203010000_outbox_uncertain.js';
import { Migration20261203070000_venue_box_index } from './Migration20261203070000_venue_box_index.js';
import { Migration20261204200000_search_people } from './Migration20261204200000_search_people.js';
import { Migration20261205100000_facet_cells } from './Migration20261205100000_facet_cells.js';
import { Migration20261205100100_suggestion_candidates } from './Migration20261205100100_suggestion_candidates.js';
import { Migration20261205200000_offer_search_page } from './Migration20261205200000_offer_search_page.js';
import { Migration20261206100000_search_page_reorder_online } from './Migration20261206100000_search_page_reorder_online.js';
import { Migration20261206210000_facet_index_only } from './Migration20261206210000_facet_index_only.js';
import { Migration20261207100000_search_words } from './Migration20261207100000_search_words.js';
import { Migration20261208100000_facet_changes } from './Migration20261208100000_facet_changes.js';
import { Migration20261209100000_people_roles } from './Migration20261209100000_people_roles.js';
import { Migration20261209110000_search_labels } from './Migration20261209110000_search_labels.js';
import { Migration20261210100000_search_truncate } from './Migration20261210100000_search_truncate.js';
import { Migration20261203150000_discovery } from './Migration20261203150000_discovery.js';
import { Migration20261203100000_offer_people } from './Migration20261203100000_offer_people.js';
import { Migration20261203110000_email_confirmation } from './Migration20261203110000_email_confirmation.js';
import { Migration20261203120000_rules } from './Migration20261203120000_rules.js';
import { Migration20261203130000_offer_search } from './Migration20261203130000_offer_search.js';
import { Migration20261203130100_search_rollups } from './Migration20261203130100_search_rollups.js';
import { Migration20261203140000_images } from './Migration20261203140000_images.js';

/** The committed migrations, in order. Listed explicitly so the build needs no glob. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261126000000_initial', class: Migration20261126000000_initial },
  { name: 'Migration20261126010000_booking_ledger', class: Migration20261126010000_booking_ledger },
  { name: 'Migration20261126020000_search', class: Migration20261126020000_search },
  { name: 'Migration20261126030000_pro', class: Migration20261126030000_pro },
  { name: 'Migration20261126040000_backoffice', class: Migration20261126040000_backoffice },
  { name: 'Migration20261126050000_outbox', class: Migration20261126050000_outbox },
  { name: 'Migration20261126060000_account', class: Migration20261126060000_account },
  { name: 'Migration20261126070000_import', class: Migration20261126070000_import },
  {
    name: 'Migration20261126080000_moderation_queue',
    class: Migration20261126080000_moderation_queue,
  },
  { name: 'Migration20261126090000_mail_kinds', class: Migration20261126090000_mail_kinds },
  { name: 'Migration20261203000000_ledger_net', class: Migration20261203000000_ledger_net },
  {
    name: 'Migration20261203010000_outbox_uncertain',
    class: Migration20261203010000_outbox_uncertain,
  },
  {
    name: 'Migration20261203070000_venue_box_index',
    class: Migration20261203070000_venue_box_index,
  },
  {
    name: 'Migration20261203100000_offer_people',
    class: Migration20261203100000_offer_people,
  },
  {
    name: 'Migration20261203110000_email_confirmation',
    class: Migration20261203110000_email_confirmation,
  },
  { name: 'Migration20261203120000_rules', class: Migration20261203120000_rules },
  {
    name: 'Migration20261203130000_offer_search',
    class: Migration20261203130000_offer_search,
  },
  {
    name: 'Migration20261203130100_search_rollups',
    class: Migration20261203130100_search_rollups,
  },
  { name: 'Migration20261203140000_images', class: Migration20261203140000_images },
  { name: 'Migration20261203150000_discovery', class: Migration20261203150000_discovery },
  {
    name: 'Migration20261204200000_search_people',
    class: Migration20261204200000_search_people,
  },
  { name: 'Migration20261205100000_facet_cells', class: Migration20261205100000_facet_cells },
  {
    name: 'Migration20261205100100_suggestion_candidates',
    class: Migration20261205100100_suggestion_candidates,
  },
  {
    name: 'Migration20261205200000_offer_search_page',
    class: Migration20261205200000_offer_search_page,
  },
  {
    name: 'Migration20261206100000_search_page_reorder_online',
    class: Migration20261206100000_search_page_reorder_online,
  },
  {
    name: 'Migration20261206210000_facet_index_only',
    class: Migration20261206210000_facet_index_only,
  },
  {
    name: 'Migration20261207100000_search_words',
    class: Migration20261207100000_search_words,
  },
  {
    name: 'Migration20261208100000_facet_changes',
    class: Migration20261208100000_facet_changes,
  },
  {
    name: 'Migration20261209100000_people_roles',
    class: Migration20261209100000_people_roles,
  },
  {
    name: 'Migration20261209110000_search_labels',
    class: Migration20261209110000_search_labels,
  },
  {
    name: 'Migration20261210100000_search_truncate',
    class: Migration20261210100000_search_truncate,
  },
];
