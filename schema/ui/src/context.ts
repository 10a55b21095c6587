import { createContext, useContext } from 'react';
import type { Register } from '@passculture/client';

export interface AppIdentity {
  /** The product name shown in the header and page titles, e.g. `pass Culture Pro`. */
  product: string;
  /** `tu` for young people, `vous` for pros and admins. */
  register: Register;
}

export const AppIdentityContext = createContext<AppIdentity>({
  product: 'pass Culture',
  register: 'vous',
});

export function useAppIdentity(): AppIdentity {
  return useContext(AppIdentityContext);
}

/** Picks the sentence for the app's register. */
export function useWording(): <T>(wording: { tu: T; vous: T }) => T {
  const { register } = useAppIdentity();
  return (wording) => wording[register];
}
