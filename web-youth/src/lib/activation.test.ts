import { describe, expect, it } from 'vitest';
import { activationNotice } from './activation';

describe('activation notice', () => {
  it('says nothing once the credit is there', () => {
    expect(
      activationNotice({ activationStatus: 'ACTIVATED', departmentCode: '93', hasWallet: true }),
    ).toBeNull();
  });

  it('explains that a closed department is not open yet', () => {
    const notice = activationNotice({
      activationStatus: 'PRE_REGISTERED',
      departmentCode: '75',
      hasWallet: false,
    });
    expect(notice?.title).toBe('Préinscription enregistrée');
    expect(notice?.lines[0]).toBe(
      "Ton département (75) n'est pas encore ouvert au pass Culture : tu ne peux pas encore recevoir de crédit.",
    );
  });

  it('tells a pre-registered person in an open department what comes next', () => {
    const notice = activationNotice({
      activationStatus: 'PRE_REGISTERED',
      departmentCode: '93',
      hasWallet: false,
    });
    expect(notice?.lines[0]).toBe('Ton département (93) participe au pass Culture.');
    expect(notice?.lines.join(' ')).toMatch(/18 ans/);
  });

  it('says a request is waiting for validation', () => {
    const notice = activationNotice({
      activationStatus: 'REQUESTED',
      departmentCode: '35',
      hasWallet: false,
    });
    expect(notice?.title).toBe('Demande de crédit en attente de validation');
  });

  it('says a rejection and what to do', () => {
    const notice = activationNotice({
      activationStatus: 'REJECTED',
      departmentCode: '35',
      hasWallet: false,
    });
    expect(notice?.tone).toBe('warning');
    expect(notice?.lines.join(' ')).toMatch(/contacte le support/);
  });

  it('covers accounts that are not young people', () => {
    expect(
      activationNotice({ activationStatus: null, departmentCode: null, hasWallet: false })?.title,
    ).toBe("Ce compte n'a pas de crédit pass Culture");
  });
});
