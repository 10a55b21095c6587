import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema as parseSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildApiSchema, printSortedSchema } from '../../src/graphql/schema.js';

const schemaFile = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));
const contractFile = fileURLToPath(new URL('../../../../shared/contract.graphql', import.meta.url));

describe('schema/schema.graphql', () => {
  it('is the schema emitted from the code (run `npm run schema:emit` when this fails)', async () => {
    const emitted = printSortedSchema(await buildApiSchema());
    expect(readFileSync(schemaFile, 'utf8')).toBe(emitted);
  });

  it('keeps the contract names of what is implemented', async () => {
    const schema = await buildApiSchema();
    let contract;
    try {
      contract = parseSchema(readFileSync(contractFile, 'utf8'));
    } catch {
      return; // shared/ is beside the clone in CI and in sessions; elsewhere there is nothing to compare
    }
    for (const typeName of [
      'ErrorCode',
      'Role',
      'User',
      'Wallet',
      'AuthPayload',
      'Category',
      'Subcategory',
    ]) {
      const ours = schema.getType(typeName);
      expect(ours, typeName).toBeDefined();
      const theirs = contract.getType(typeName)!;
      if ('getFields' in theirs && ours && 'getFields' in ours) {
        expect(Object.keys(ours.getFields()), typeName).toEqual(
          expect.arrayContaining(Object.keys(theirs.getFields())),
        );
      }
      if ('getValues' in theirs && ours && 'getValues' in ours) {
        expect(
          ours.getValues().map((v) => v.name),
          typeName,
        ).toEqual(expect.arrayContaining(theirs.getValues().map((v) => v.name)));
      }
    }
    for (const field of ['signUp', 'logIn', 'logOut'])
      expect(schema.getMutationType()?.getFields()).toHaveProperty(field);
    for (const field of ['me', 'categories'])
      expect(schema.getQueryType()?.getFields()).toHaveProperty(field);
  });
});
