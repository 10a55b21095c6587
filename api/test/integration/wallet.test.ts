import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  insertBooking,
  insertBeneficiary,
  insertOfferWithStock,
  insertUser,
  insertVenue,
  logInAs,
} from '../support/fixtures.js';

const WALLET = /* GraphQL */ `
  query {
    me {
      wallet {
        policy
        initialCents
        remainingCents
        digitalRemainingCents
        physicalRemainingCents
        expiresAt
        isExpired
      }
    }
  }
`;

type WalletResponse = {
  me: {
    wallet: {
      policy: string;
      initialCents: number;
      remainingCents: number;
      digitalRemainingCents: number | null;
      physicalRemainingCents: number | null;
      expiresAt: string;
      isExpired: boolean;
    } | null;
  };
};

let api: TestServer;
let venueId: number;
beforeAll(async () => {
  api = await startTestServer();
  ({ venueId } = await insertVenue(api));
});
afterAll(async () => {
  await api?.close();
});

const beneficiary = (email: string, deposit: Parameters<typeof insertBeneficiary>[2] = {}) =>
  insertBeneficiary(api, email, deposit);

async function book(
  who: { userId: number; depositId: number },
  subcategoryId: string,
  priceCents: number,
  extra: {
    quantity?: number;
    capFamily?: 'DIGITAL' | 'PHYSICAL' | null;
    status?: 'CONFIRMED' | 'USED' | 'CANCELLED';
  } = {},
) {
  const { offerId, stockId } = await insertOfferWithStock(api, venueId, {
    subcategoryId,
    priceCents,
  });
  await insertBooking(api, { ...who, offerId, stockId, amountCents: priceCents, ...extra });
}

describe('me.wallet', () => {
  it('is null for someone without deposit', async () => {
    await insertUser(api, {
      email: 'sans-credit@exemple.fr',
      departmentCode: '75',
      activationStatus: 'PRE_REGISTERED',
    });
    const token = await logInAs(api, 'sans-credit@exemple.fr');
    const res = await api.gql<WalletResponse>(WALLET, {}, { token });
    expect(res.data?.me.wallet).toBeNull();
  });

  it('shows the full 2019 grant before any booking', async () => {
    const { token } = await beneficiary('plein@exemple.fr');
    const res = await api.gql<WalletResponse>(WALLET, {}, { token });
    expect(res.data?.me.wallet).toMatchObject({
      policy: 'GRANT_2019',
      initialCents: 50_000,
      remainingCents: 50_000,
      digitalRemainingCents: 20_000,
      physicalRemainingCents: 20_000,
      isExpired: false,
    });
  });

  it('subtracts amount × quantity of non-cancelled bookings, with caps per family', async () => {
    const who = await beneficiary('depense@exemple.fr');
    await book(who, 'SEANCE_CINE', 750, { quantity: 2 }); // event duo: 15 €, total only
    await book(who, 'LIVRE_PAPIER', 2_490, { capFamily: 'PHYSICAL', status: 'USED' });
    await book(who, 'VOD', 499, { capFamily: 'DIGITAL' });
    await book(who, 'ACHAT_INSTRUMENT', 15_000, { capFamily: 'PHYSICAL', status: 'CANCELLED' }); // ignored
    const res = await api.gql<WalletResponse>(WALLET, {}, { token: who.token });
    expect(res.data?.me.wallet).toMatchObject({
      remainingCents: 50_000 - 1_500 - 2_490 - 499,
      digitalRemainingCents: 20_000 - 499,
      physicalRemainingCents: 20_000 - 2_490,
    });
  });

  it('counts an expired deposit as 0', async () => {
    const { token } = await beneficiary('expire@exemple.fr', {
      expiresAt: new Date(Date.now() - 1000),
    });
    const res = await api.gql<WalletResponse>(WALLET, {}, { token });
    expect(res.data?.me.wallet).toMatchObject({
      remainingCents: 0,
      isExpired: true,
      initialCents: 50_000,
    });
  });

  it('has no physical figure when the policy has no physical cap', async () => {
    const { token } = await beneficiary('sans-plafond@exemple.fr', {
      amountCents: 30_000,
      digitalCapCents: 10_000,
      physicalCapCents: null,
    });
    const res = await api.gql<WalletResponse>(WALLET, {}, { token });
    expect(res.data?.me.wallet).toMatchObject({
      remainingCents: 30_000,
      digitalRemainingCents: 10_000,
      physicalRemainingCents: null,
    });
  });
});
