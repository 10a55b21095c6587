import type { EntityManager } from '@mikro-orm/postgresql';
import { computeWallet, type WalletFigures } from './wallet.rules.js';

interface WalletRow {
  policy_code: string;
  amount_cents: number;
  digital_cap_cents: number | null;
  physical_cap_cents: number | null;
  expires_at: Date;
  spent_cents: string;
  digital_spent_cents: string;
  physical_spent_cents: string;
}

export class WalletService {
  constructor(private readonly em: EntityManager) {}

  /** The user's latest deposit and what its bookings spent, in one query; null without deposit. */
  async walletOf(userId: number, now = new Date()): Promise<WalletFigures | null> {
    const rows = await this.em.getConnection().execute<WalletRow[]>(
      `select d.policy_code, d.amount_cents, d.digital_cap_cents, d.physical_cap_cents, d.expires_at,
              coalesce(sum(b.amount_cents * b.quantity), 0) as spent_cents,
              coalesce(sum(b.amount_cents * b.quantity) filter (where b.cap_family = 'DIGITAL'), 0)
                as digital_spent_cents,
              coalesce(sum(b.amount_cents * b.quantity) filter (where b.cap_family = 'PHYSICAL'), 0)
                as physical_spent_cents
         from deposit d
         left join booking b on b.deposit_id = d.id and b.status <> 'CANCELLED'
        where d.user_id = ?
        group by d.id
        order by d.created_at desc, d.id desc
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
        totalCents: Number(row.spent_cents),
        digitalCents: Number(row.digital_spent_cents),
        physicalCents: Number(row.physical_spent_cents),
      },
      now,
    );
  }
}
