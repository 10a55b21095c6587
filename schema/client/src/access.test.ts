import { describe, expect, it } from 'vitest';
import { accessFor, roleLabel } from './access';
import { routerBasename } from './apollo';

describe('role gating', () => {
  it('knows a visitor from a signed-in user', () => {
    expect(accessFor(null, 'PRO')).toBe('signed-out');
    expect(accessFor(undefined)).toBe('signed-out');
  });

  it('grants the pro space to PRO users only', () => {
    expect(accessFor({ roles: ['PRO'] }, 'PRO')).toBe('granted');
    expect(accessFor({ roles: ['BENEFICIARY', 'PRO'] }, 'PRO')).toBe('granted');
    expect(accessFor({ roles: ['BENEFICIARY'] }, 'PRO')).toBe('forbidden');
    expect(accessFor({ roles: ['ADMIN'] }, 'PRO')).toBe('forbidden');
    expect(accessFor({ roles: [] }, 'PRO')).toBe('forbidden');
  });

  it('lets any signed-in user in when no role is required', () => {
    expect(accessFor({ roles: [] })).toBe('granted');
  });

  it('labels roles in French, unknown ones as they are', () => {
    expect(roleLabel('PRO')).toBe('Professionnel');
    expect(roleLabel('BENEFICIARY')).toBe('Bénéficiaire');
    expect(roleLabel('SUPPORT')).toBe('SUPPORT');
    expect(roleLabel('toString')).toBe('toString');
  });
});

describe('router basename', () => {
  it('drops the trailing slash of the Vite base', () => {
    expect(routerBasename('/pro/')).toBe('/pro');
    expect(routerBasename('/')).toBe('/');
  });
});
