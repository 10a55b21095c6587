import { Migration } from '@mikro-orm/migrations';

/**
 * Typo tolerance from a dictionary instead of a trigram test on every row.
 *
 * A text matched a row of `offer_search` when its folded text was close by trigrams
 * (`search_text %> text`) or held every typed word as a French prefix. The trigram test costs
 * about 7 µs a row (the words' about 0.25 µs), and the GIN index cannot spare it: every
 * candidate is tested again. « cinema » around Paris tested 18,000 rows (10 km) to 36,000
 * (50 km): 265-400 ms warm, seconds under load.
 *
 * Now a typed word of four letters or more also matches the catalogue's words close to it
 * (« teatre » → theatre, « poter » → potter): `offer_search_word` holds every word of the
 * search texts, with a trigram index, and the search looks the typed words up in it (a few
 * hundred to a few hundred thousand words instead of a million rows); rows are then matched
 * by their French words alone, through the GIN index, with no test again.
 *
 * The trigram index of the search texts is dropped: nothing reads through it any more (the
 * relevance's word similarity is computed on the ranked candidates only), and every write to
 * the search table paid for it.
 *
 * The dictionary only grows: a row that comes adds its new words (`on conflict do nothing`
 * locks no existing word, so bookings and offers written at once never wait on a common word
 * like « de »); a word no bookable offer holds any more stays, and matches nothing.
 */
export class Migration20261207100000_search_words extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "offer_search_word" (
      "word" text not null,
      constraint "offer_search_word_pkey" primary key ("word"))`);

    // The words of a folded text as the search splits what a person types: letters and
    // digits of any script, everything else a separator.
    this.addSql(`create or replace function search_words(folded text) returns setof text
      language sql immutable parallel safe strict as $$
        select distinct w from regexp_split_to_table(folded, '[^[:alnum:]]+') w where w <> ''
      $$`);
    this.addSql(`create or replace function offer_search_words_add(texts text[]) returns void
      language sql as $$
        insert into public.offer_search_word (word)
        select distinct w from unnest(texts) t cross join lateral public.search_words(t) w
         order by 1
        on conflict (word) do nothing
      $$`);
    this.addSql(`create or replace function offer_search_words_inserted() returns trigger
      language plpgsql as $$
      begin
        perform offer_search_words_add(array(select search_text from came));
        return null;
      end $$`);
    // Most updates are a price, a deadline or a booking: only changed texts are split.
    this.addSql(`create or replace function offer_search_words_updated() returns trigger
      language plpgsql as $$
      begin
        perform offer_search_words_add(array(
          select c.search_text from came c join left_rows l on l.offer_id = c.offer_id
           where c.search_text is distinct from l.search_text));
        return null;
      end $$`);
    this.addSql(`create trigger offer_search_words_insert after insert on "offer_search"
      referencing new table as came for each statement execute function offer_search_words_inserted()`);
    this.addSql(`create trigger offer_search_words_update after update on "offer_search"
      referencing old table as left_rows new table as came
      for each statement execute function offer_search_words_updated()`);

    this.addSql(`insert into offer_search_word (word)
      select distinct w from offer_search os cross join lateral search_words(os.search_text) w`);
    this.addSql(`create index "offer_search_word_trgm" on "offer_search_word"
      using gin ("word" gin_trgm_ops) with (fastupdate = off)`);
    this.addSql('analyze "offer_search_word"');
    this.addSql('drop index "offer_search_text_trgm"');
    // Digital offers matching a text, through their own index, newest first. The planner read
    // all 57,000 in id order to find the 364 matching « cinema » or the 742 « concert » (95 ms;
    // 2-6 ms this way): it takes the offers with a word for spread evenly among all kinds, and
    // digital rows for packed together in the table. `n` of them at most (null: all); those
    // whose first bookable stock closed since they were computed are skipped, as everywhere.
    this.addSql(`create index "offer_search_digital_words_gin" on "offer_search"
      using gin ("search_vector") where location is null`);
    this
      .addSql(`create or replace function offer_search_digital_matches(q tsquery, now timestamptz, n int)
      returns table (offer_id int)
      language sql stable parallel safe set enable_indexscan = off as $$
        select s.offer_id from public.offer_search s
         where s.location is null and s.search_vector @@ q
           and (s.next_deadline is null or s.next_deadline > now)
         order by s.offer_id desc
         limit n
      $$`);

    // The words close to each typed one, the closest first: the typed word found in them
    // (word similarity at least pg_trgm's threshold, 0.5 on every connection: the trigram
    // index) and alike as wholes (similarity at least 0.4: « teatre » and « theatre » 0.5,
    // « cinma » and « cinema » 0.44, « musee » and « musique » 0.27 are not typos of each
    // other). Through the trigram index whatever the planner estimates (see
    // offer_search_name_candidates).
    this.addSql(`create or replace function search_word_candidates(typed text[], n int)
      returns table (typed text, word text)
      language sql stable parallel safe set enable_seqscan = off as $$
        select q.w, c.word
          from unnest(typed) q(w)
          cross join lateral (
            select d.word from public.offer_search_word d
             where d.word operator(public.%>) q.w and d.word <> q.w
               and public.similarity(q.w, d.word) >= 0.4
             order by public.similarity(q.w, d.word) desc, d.word
             limit n) c
      $$`);
  }
}
