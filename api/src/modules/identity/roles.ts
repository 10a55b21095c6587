import { registerEnumType } from 'type-graphql';

export enum Role {
  BENEFICIARY = 'BENEFICIARY',
  PRO = 'PRO',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role' });
