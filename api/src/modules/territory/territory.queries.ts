import type { SqlClient } from '../../db/sql.js';

export interface DepartmentRow {
  code: string;
  name: string;
  isOpen: boolean;
}

export async function departmentByCode(db: SqlClient, code: string): Promise<DepartmentRow | null> {
  const [row] = await db.query<DepartmentRow>(
    'select code, name, is_open as "isOpen" from department where code = $1',
    [code],
  );
  return row ?? null;
}

export interface DepartmentStatusRow extends DepartmentRow {
  openedAt: Date | null;
  preRegistered: number;
}

/** Every department with the young people waiting there for their credit. */
export async function departmentStatuses(db: SqlClient): Promise<DepartmentStatusRow[]> {
  const rows = await db.query<DepartmentStatusRow & { preRegistered: string }>(
    // Only waiting people are counted: the partial index app_user_waiting_activation_index.
    `select d.code, d.name, d.is_open as "isOpen", d.opened_at as "openedAt",
            coalesce(w.pre_registered, 0) as "preRegistered"
       from department d
       left join (select department_code, count(*) as pre_registered from app_user
                   where activation_status in ('PRE_REGISTERED', 'REQUESTED')
                     and email_confirmed_at is not null group by 1) w
         on w.department_code = d.code
      order by d.code`,
  );
  return rows.map((r) => ({ ...r, preRegistered: Number(r.preRegistered) }));
}

/** Whether the department is open, its row locked until the transaction ends; null when unknown. */
export async function lockDepartment(
  tx: SqlClient,
  code: string,
): Promise<{ isOpen: boolean } | null> {
  const [row] = await tx.query<{ isOpen: boolean }>(
    'select is_open as "isOpen" from department where code = $1 for update',
    [code],
  );
  return row ?? null;
}

export async function markDepartmentOpen(tx: SqlClient, code: string, now: Date): Promise<void> {
  await tx.query('update department set is_open = true, opened_at = $2 where code = $1', [
    code,
    now,
  ]);
}

export async function countWaitingIn(tx: SqlClient, code: string): Promise<number> {
  const [row] = await tx.query<{ count: string }>(
    `select count(*) from app_user
      where department_code = $1 and activation_status in ('PRE_REGISTERED', 'REQUESTED')
        and email_confirmed_at is not null`,
    [code],
  );
  return Number(row!.count);
}
