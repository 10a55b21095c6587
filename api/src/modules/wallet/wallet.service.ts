import type { SqlClient } from '../../db/sql.js';
import { computeWallet, type WalletFigures } from './wallet.rules.js';

interface WalletRow {
  policy_code: string;
  amount_cents: number;
  digital_cap_cents: number | null;
  physical_cap_cents: number | null;
  expires_at: Date;
  spent_cents: number;
  digital_spent_cents: number;
  physical_spent_cents: number;
}

export class WalletService {
  constructor(private readonly db: SqlClient) {}

  /**
   * The user's latest deposit with what it has spent, in one query; null without deposit.
   * The spent sums are kept by the booking ledger trigger (migration booking_ledger).
   */
  async walletOf(userId: number, now = new Date()): Promise<WalletFigures | null> {
    const rows = await this.db.query<WalletRow>(
      `select policy_code, amount_cents, digital_cap_cents, physical_cap_cents, expires_at,
              spent_cents, digital_spent_cents, physical_spent_cents
         from deposit
        where user_id = $1
        order by created_at desc, id desc
        limit 1`,
      [userId],
    );
    const row = rows[0];
    if (!row) return null;
    return computeWallet(
      {
        policyCode: row.policy_code,
        amountCents: row.amount_cents,
        digitalCapCents: row.digital_cap_cents,
        physicalCapCents: row.physical_cap_cents,
        expiresAt: new Date(row.expires_at),
      },
      {
        totalCents: row.spent_cents,
        digitalCents: row.digital_spent_cents,
        physicalCents: row.physical_spent_cents,
      },
      now,
    );
  }
}
