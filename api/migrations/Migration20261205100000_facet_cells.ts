import { Migration } from '@mikro-orm/migrations';

/**
 * Facets around a point without counting venue by venue: `offer_search_cell_count` holds the
 * bookable offers per grid cell and subcategory, at seven nested levels (1/128° … 1/2°, see
 * `modules/search/facet-grid.ts`), plus two pseudo-cells: -2 every place, -1 digital offers.
 * `offers[m + 1]` counts the offers of venues that have at least the accessibility flags of m
 * (bit 0 motor, 1 visual, 2 hearing, 3 mental), so any mix of accessibility filters reads one
 * element. A circle is the sum of the cells wholly inside it plus, for the finest cells its
 * edge cuts, the rows of `offer_search_venue_count` there within the radius (expression index
 * on their finest cell).
 *
 * Kept exact by statement triggers on `offer_search_venue_count`, in the same transaction as
 * the search table's triggers that keep that rollup; it therefore counts what it counts (rows
 * whatever their `next_deadline`).
 */

/**
 * The finest cell of a place, and every cell that holds it (with -2), or -1 without a place.
 * Names are qualified: an index expression is planned with a bare search_path (PostgreSQL 17,
 * the embedded database).
 */
const CELL_FUNCTIONS = [
  `create or replace function offer_search_fine_cell(location geography) returns bigint
    language sql immutable strict parallel safe as $$
      select (floor((public.ST_Y(location::public.geometry) + 90) * 128)::bigint << 16)
           | floor((public.ST_X(location::public.geometry) + 180) * 128)::bigint
    $$`,
  `create or replace function offer_search_cells(location geography) returns bigint[]
    language sql immutable parallel safe as $$
      select case when location is null then array[-1]::bigint[]
             else array[-2]::bigint[] || array(
               select (k::bigint << 32) | (((fine >> 16) >> k) << 16) | ((fine & 65535) >> k)
                 from generate_series(0, 6) k order by k)
             end
        from (select public.offer_search_fine_cell(location) as fine) c
    $$`,
  `create or replace function offer_search_add_counts(a int[], b int[]) returns int[]
    language sql immutable strict parallel safe as $$
      select array_agg(x + y order by k) from unnest(a, b) with ordinality u(x, y, k)
    $$`,
];

/**
 * Adds signed rows (location, subcategory_id, the four flags, n) to the cell rollup and drops
 * the rows left at zero offers.
 */
function applyRows(rows: string): string {
  return `with d as (${rows}),
    cells as (
      select c.cell, d.subcategory_id,
             -- Bitwise operators share one precedence in SQL: every shift in brackets.
             (d.motor_accessible::int | (d.visual_accessible::int << 1)
              | (d.hearing_accessible::int << 2) | (d.mental_accessible::int << 3)) as mask,
             sum(d.n)::int as n
        from d cross join unnest(offer_search_cells(d.location)) c(cell)
       group by 1, 2, 3
    ),
    vectors as (
      select cell, subcategory_id, array_agg(n order by m) as offers
        from (select c.cell, c.subcategory_id, m.m,
                     coalesce(sum(c.n) filter (where (c.mask & m.m) = m.m), 0)::int as n
                from cells c cross join generate_series(0, 15) m(m)
               group by 1, 2, 3) x
       group by 1, 2
      having bool_or(n <> 0)
    ),
    up as (
      insert into offer_search_cell_count as t (cell, subcategory_id, offers)
      select cell, subcategory_id, offers from vectors
      on conflict (cell, subcategory_id) do update
        set offers = offer_search_add_counts(t.offers, excluded.offers)
      returning t.cell, t.subcategory_id, t.offers
    )
    select array_agg(cell), array_agg(subcategory_id) into gone_cells, gone_subcategories
      from up where offers[1] <= 0;
    if gone_cells is not null then
      delete from offer_search_cell_count t
       using unnest(gone_cells, gone_subcategories) g(cell, subcategory_id)
       where t.cell = g.cell and t.subcategory_id = g.subcategory_id and t.offers[1] <= 0;
    end if`;
}

const COLUMNS = `location, subcategory_id, motor_accessible, visual_accessible, hearing_accessible,
  mental_accessible`;

function triggerFunction(name: string, rows: string, guard: string): string {
  return `create or replace function ${name}() returns trigger
    language plpgsql as $$
    declare gone_cells bigint[]; gone_subcategories varchar[];
    begin
      -- Statement triggers fire for statements that changed nothing (most upserts of a booking).
      if not exists (${guard}) then return null; end if;
      ${applyRows(rows)};
      return null;
    end $$`;
}

/**
 * `offer_search_rollups_apply` as migration `…130100_search_rollups` wrote it, but for the
 * accessibility flags: they were `bool_or` over the rows that left and came, so a venue that
 * lost a flag kept it in the rollup. Like the location, they are now those of the rows that
 * came (sign +1 first).
 */
const ROLLUPS_APPLY = `create or replace function offer_search_rollups_apply(delta jsonb) returns void
  language plpgsql as $$
  begin
    -- Statement triggers fire for statements that changed nothing (an upsert that kept a row).
    if delta is null or jsonb_array_length(delta) = 0 then return; end if;
    insert into offer_search_venue_count as c
    select d.venue_id, d.subcategory_id,
           (array_agg(os_location order by d.sign desc))[1],
           (array_agg(d.motor_accessible order by d.sign desc))[1],
           (array_agg(d.visual_accessible order by d.sign desc))[1],
           (array_agg(d.hearing_accessible order by d.sign desc))[1],
           (array_agg(d.mental_accessible order by d.sign desc))[1],
           sum(d.sign)
      from (select (r->>'venue_id')::int as venue_id, r->>'subcategory_id' as subcategory_id,
                   (r->>'location')::geography as os_location, (r->>'sign')::int as sign,
                   (r->>'motor_accessible')::boolean as motor_accessible,
                   (r->>'visual_accessible')::boolean as visual_accessible,
                   (r->>'hearing_accessible')::boolean as hearing_accessible,
                   (r->>'mental_accessible')::boolean as mental_accessible
              from jsonb_array_elements(delta) r) d
     group by d.venue_id, d.subcategory_id
    on conflict (venue_id, subcategory_id) do update set
      offers = c.offers + excluded.offers, location = excluded.location,
      motor_accessible = excluded.motor_accessible, visual_accessible = excluded.visual_accessible,
      hearing_accessible = excluded.hearing_accessible, mental_accessible = excluded.mental_accessible;
    delete from offer_search_venue_count c
     using (select distinct (r->>'venue_id')::int as venue_id, r->>'subcategory_id' as subcategory_id
              from jsonb_array_elements(delta) r) d
     where c.venue_id = d.venue_id and c.subcategory_id = d.subcategory_id and c.offers <= 0;

    insert into offer_search_name as n
    select search_fold(r->>'name'), min(r->>'name'), sum((r->>'sign')::int)
      from jsonb_array_elements(delta) r
     group by search_fold(r->>'name')
    on conflict (name_key) do update set offers = n.offers + excluded.offers;
    delete from offer_search_name n
     where n.offers <= 0
       and n.name_key in (select search_fold(r->>'name') from jsonb_array_elements(delta) r);
  end $$`;

export class Migration20261205100000_facet_cells extends Migration {
  override async up(): Promise<void> {
    this.addSql(ROLLUPS_APPLY);
    // Rows whose flags the former function left stale: those of the search table's rows.
    this.addSql(`update offer_search_venue_count c
        set motor_accessible = s.motor, visual_accessible = s.visual,
            hearing_accessible = s.hearing, mental_accessible = s.mental
       from (select venue_id, subcategory_id, bool_and(motor_accessible) as motor,
                    bool_and(visual_accessible) as visual, bool_and(hearing_accessible) as hearing,
                    bool_and(mental_accessible) as mental
               from offer_search group by venue_id, subcategory_id) s
      where c.venue_id = s.venue_id and c.subcategory_id = s.subcategory_id
        and (c.motor_accessible, c.visual_accessible, c.hearing_accessible, c.mental_accessible)
            is distinct from (s.motor, s.visual, s.hearing, s.mental)`);
    for (const sql of CELL_FUNCTIONS) this.addSql(sql);
    this.addSql(`create table "offer_search_cell_count" (
      "cell" bigint not null,
      "subcategory_id" varchar(64) not null,
      "offers" int[] not null,
      constraint "offer_search_cell_count_pkey" primary key ("cell", "subcategory_id"))`);

    this.addSql(
      triggerFunction(
        'offer_search_cells_inserted',
        `select ${COLUMNS}, offers as n from came`,
        'select 1 from came',
      ),
    );
    this.addSql(
      triggerFunction(
        'offer_search_cells_deleted',
        `select ${COLUMNS}, -offers as n from left_rows`,
        'select 1 from left_rows',
      ),
    );
    this.addSql(
      triggerFunction(
        'offer_search_cells_updated',
        `select ${COLUMNS}, -offers as n from left_rows
         union all select ${COLUMNS}, offers from came`,
        'select 1 from came',
      ),
    );
    this.addSql(`create trigger offer_search_cells_insert after insert on "offer_search_venue_count"
      referencing new table as came for each statement execute function offer_search_cells_inserted()`);
    this.addSql(`create trigger offer_search_cells_delete after delete on "offer_search_venue_count"
      referencing old table as left_rows for each statement execute function offer_search_cells_deleted()`);
    this.addSql(`create trigger offer_search_cells_update after update on "offer_search_venue_count"
      referencing old table as left_rows new table as came
      for each statement execute function offer_search_cells_updated()`);

    // The rollup of what is there now (the same statement as the triggers', in a block).
    this.addSql(`do $$
      declare gone_cells bigint[]; gone_subcategories varchar[];
      begin
        ${applyRows(`select ${COLUMNS}, offers as n from offer_search_venue_count`)};
      end $$`);
    // The edge cells' places.
    this.addSql(
      'create index "offer_search_venue_count_cell_index" on "offer_search_venue_count" (offer_search_fine_cell("location"))',
    );
    this.addSql('analyze "offer_search_cell_count"');
    this.addSql('analyze "offer_search_venue_count"');
  }
}
