import type { SqlClient } from '../../db/sql.js';

export interface EmailPreferences {
  nonEssential: boolean;
  dailyBookingSummary: boolean;
}

export const DEFAULT_EMAIL_PREFERENCES: EmailPreferences = {
  nonEssential: true,
  dailyBookingSummary: false,
};

export async function emailPreferencesOf(
  sql: SqlClient,
  userId: number,
): Promise<EmailPreferences> {
  const [row] = await sql.query<EmailPreferences>(
    `select non_essential as "nonEssential", daily_booking_summary as "dailyBookingSummary"
       from email_preference where user_id = $1`,
    [userId],
  );
  return row ?? DEFAULT_EMAIL_PREFERENCES;
}

/** Changes the given preferences (null: unchanged) and returns them all. */
export async function updateEmailPreferences(
  sql: SqlClient,
  userId: number,
  changes: { [K in keyof EmailPreferences]: boolean | null },
): Promise<EmailPreferences> {
  const [row] = await sql.query<EmailPreferences>(
    `insert into email_preference as p (user_id, non_essential, daily_booking_summary, updated_at)
     values ($1, coalesce($2, true), coalesce($3, false), now())
     on conflict (user_id) do update
        set non_essential = coalesce($2, p.non_essential),
            daily_booking_summary = coalesce($3, p.daily_booking_summary),
            updated_at = now()
     returning non_essential as "nonEssential", daily_booking_summary as "dailyBookingSummary"`,
    [userId, changes.nonEssential, changes.dailyBookingSummary],
  );
  return row!;
}
