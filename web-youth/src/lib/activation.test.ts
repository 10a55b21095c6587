import { describe, expect, it } from 'vitest';
import { activationNotice } from './activation';

const paris = { code: '75', name: 'Paris', isOpen: false };
const seineSaintDenis = { code: '93', name: 'Seine-Saint-Denis', isOpen: true };

describe('activation notice', () => {
  it('says nothing once the credit is there', () => {
    expect(
      activationNotice({
        activationStatus: 'ACTIVATED',
        department: seineSaintDenis,
        hasWallet: true,
      }),
    ).toBeNull();
  });

  it('explains that a closed department is not open yet', () => {
    const notice = activationNotice({
      activationStatus: 'PRE_REGISTERED',
      department: paris,
      hasWallet: false,
    });
    expect(notice?.title).toBe('Préinscription enregistrée');
    expect(notice?.lines[0]).toBe(
      "Ton département Paris (75) n'est pas encore ouvert au pass Culture : tu ne peux pas encore recevoir de crédit.",
    );
    expect(notice?.canRequest).toBe(false);
  });

  it('tells a pre-registered person in an open department what comes next', () => {
    const notice = activationNotice({
      activationStatus: 'PRE_REGISTERED',
      department: seineSaintDenis,
      hasWallet: false,
    });
    expect(notice?.lines[0]).toBe(
      'Ton département Seine-Saint-Denis (93) participe au pass Culture.',
    );
    expect(notice?.lines.join(' ')).toMatch(/18 ans, demande ton crédit/);
    expect(notice?.canRequest).toBe(true);
  });

  it('follows the API on whether a department is open, not a list of its own', () => {
    const closed = activationNotice({
      activationStatus: 'PRE_REGISTERED',
      department: { ...seineSaintDenis, isOpen: false },
      hasWallet: false,
    });
    expect(closed?.canRequest).toBe(false);
    expect(closed?.lines[0]).toMatch(/n'est pas encore ouvert/);
    const opened = activationNotice({
      activationStatus: 'PRE_REGISTERED',
      department: { ...paris, isOpen: true },
      hasWallet: false,
    });
    expect(opened?.canRequest).toBe(true);
  });

  it('offers no request without a known department', () => {
    const notice = activationNotice({
      activationStatus: 'PRE_REGISTERED',
      department: null,
      hasWallet: false,
    });
    expect(notice?.canRequest).toBe(false);
    expect(notice?.lines[0]).toBe('Ton inscription est bien enregistrée.');
  });

  it('says a request is waiting for validation', () => {
    const notice = activationNotice({
      activationStatus: 'REQUESTED',
      department: { code: '35', name: 'Ille-et-Vilaine', isOpen: true },
      hasWallet: false,
    });
    expect(notice?.title).toBe('Demande de crédit en attente de validation');
    expect(notice?.canRequest).toBe(false);
  });

  it('says a rejection and what to do', () => {
    const notice = activationNotice({
      activationStatus: 'REJECTED',
      department: { code: '35', name: 'Ille-et-Vilaine', isOpen: true },
      hasWallet: false,
    });
    expect(notice?.tone).toBe('warning');
    expect(notice?.lines.join(' ')).toMatch(/contacte le support/);
  });

  it('covers accounts that are not young people', () => {
    expect(
      activationNotice({ activationStatus: null, department: null, hasWallet: false })?.title,
    ).toBe("Ce compte n'a pas de crédit pass Culture");
  });
});
