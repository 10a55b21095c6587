import type { SqlClient } from '../../db/sql.js';

/** The SQL of people as the back office looks them up (identity owns the accounts). */

export interface PersonSummaryRow {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  roles: string[];
  departmentCode: string | null;
  activationStatus: string | null;
  emailConfirmed: boolean;
  suspendedAt: Date | null;
}

export interface PersonDetailRow extends PersonSummaryRow {
  birthDate: string | null;
  createdAt: Date;
  suspensionReason: string | null;
  activationRejectionReason: string | null;
}

const SUMMARY_COLUMNS = `u.id, u.email, u.first_name as "firstName", u.last_name as "lastName", u.roles,
  u.department_code as "departmentCode", u.activation_status as "activationStatus",
  u.email_confirmed_at is not null as "emailConfirmed", u.suspended_at as "suspendedAt"`;

/**
 * People whose email starts with `emailPrefix` (a LIKE pattern, escaped), or whose name has
 * words starting with the words of `nameQuery` (a tsquery, prefix search on a GIN index).
 */
export async function searchPeopleRows(
  db: SqlClient,
  emailPrefix: string,
  nameQuery: string,
  limit: number,
): Promise<PersonSummaryRow[]> {
  return db.query<PersonSummaryRow>(
    `select ${SUMMARY_COLUMNS}
       from app_user u
      where (u.email like $1
         or ($2 <> '' and to_tsvector('simple', pc_unaccent(lower(u.first_name || ' ' || u.last_name)))
                          @@ to_tsquery('simple', pc_unaccent(lower($2)))))
        -- An API key's account is a key, not a person: it is managed from its offerer.
        and not exists (select 1 from api_key k where k.account_id = u.id)
      order by u.last_name, u.first_name, u.id
      limit $3`,
    [emailPrefix, nameQuery, limit],
  );
}

export async function personDetailRow(
  db: SqlClient,
  userId: number,
): Promise<PersonDetailRow | null> {
  const [row] = await db.query<PersonDetailRow>(
    `select ${SUMMARY_COLUMNS}, to_char(u.birth_date, 'YYYY-MM-DD') as "birthDate",
            u.created_at as "createdAt", u.suspension_reason as "suspensionReason",
            u.activation_rejection_reason as "activationRejectionReason"
       from app_user u where u.id = $1`,
    [userId],
  );
  return row ?? null;
}
