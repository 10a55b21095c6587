import type { SqlClient } from '../../db/sql.js';

export interface WalletRow {
  policy_code: string;
  amount_cents: number;
  digital_cap_cents: number | null;
  physical_cap_cents: number | null;
  expires_at: Date;
  spent_cents: number;
  digital_spent_cents: number;
  physical_spent_cents: number;
}

/** The person's latest deposit with what it has spent (kept by the booking ledger trigger). */
export async function latestDeposit(db: SqlClient, userId: number): Promise<WalletRow | null> {
  const [row] = await db.query<WalletRow>(
    `select policy_code, amount_cents, digital_cap_cents, physical_cap_cents, expires_at,
            spent_cents, digital_spent_cents, physical_spent_cents
       from deposit
      where user_id = $1
      order by created_at desc, id desc
      limit 1`,
    [userId],
  );
  return row ?? null;
}

export interface NewDeposit {
  userId: number;
  policyCode: string;
  amountCents: number;
  digitalCapCents: number | null;
  physicalCapCents: number | null;
  createdAt: Date;
  expiresAt: Date;
}

export async function insertDeposit(tx: SqlClient, deposit: NewDeposit): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `insert into deposit (user_id, policy_code, amount_cents, digital_cap_cents, physical_cap_cents, created_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      deposit.userId,
      deposit.policyCode,
      deposit.amountCents,
      deposit.digitalCapCents,
      deposit.physicalCapCents,
      deposit.createdAt,
      deposit.expiresAt,
    ],
  );
  return row!.id;
}
