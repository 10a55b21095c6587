import type { SqlClient } from '../../db/sql.js';
import { computeWallet, type WalletFigures } from './wallet.rules.js';
import { latestDeposit } from './wallet.queries.js';

export class WalletService {
  constructor(private readonly db: SqlClient) {}

  /**
   * The user's latest deposit with what it has spent, in one query; null without deposit.
   * The spent sums are kept by the booking ledger trigger (migration booking_ledger).
   */
  async walletOf(userId: number, now = new Date()): Promise<WalletFigures | null> {
    const row = await latestDeposit(this.db, userId);
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
