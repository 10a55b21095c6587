import type { Role } from '@passculture/schema';
import { labelOf, ROLE_LABELS } from './labels';

export type { Role };

/** What a visitor may see of an app space. */
export type Access = 'signed-out' | 'forbidden' | 'granted';

export interface UserWithRoles {
  // `string`, not `Role`: a role added to the schema later must not break older code.
  roles: ReadonlyArray<string>;
}

/**
 * Role gating for an app space: nobody signed in, signed in without the
 * required role, or granted. Without `required`, any signed-in user is granted.
 */
export function accessFor(user: UserWithRoles | null | undefined, required?: Role): Access {
  if (!user) return 'signed-out';
  if (required && !user.roles.includes(required)) return 'forbidden';
  return 'granted';
}

/** French label of a role; an unknown role is shown as it is. */
export function roleLabel(role: string): string {
  return labelOf(ROLE_LABELS, role);
}
