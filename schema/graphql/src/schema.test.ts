import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import config from '../codegen';
import * as enums from './gql/enums';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

describe('generated enums', () => {
  it('hold every enum of schema.graphql with exactly its values', () => {
    const fromSchema = Object.values(schema.getTypeMap())
      .filter(isEnumType)
      .filter((type) => !type.name.startsWith('__'))
      .map((type) => [
        type.name,
        type
          .getValues()
          .map((value) => value.value as string)
          .sort(),
      ]);
    const generated = Object.entries(enums).map(([name, values]) => [
      name,
      Object.values(values as Record<string, string>).sort(),
    ]);
    expect(Object.fromEntries(generated)).toEqual(Object.fromEntries(fromSchema));
    expect(Object.values(enums.ErrorCode)).toContain('SOLD_OUT');
  });
});

describe('codegen output', () => {
  // The generated files are committed: building an app never runs codegen.
  it('is up to date with schema.graphql and the operations (run `npm run codegen` when this fails)', async () => {
    const cwd = process.cwd();
    process.chdir(packageDir);
    try {
      const outputs = await generate({ ...config, silent: true, verbose: false }, false);
      expect(outputs.length).toBeGreaterThan(4);
      for (const output of outputs) {
        const committed = readFileSync(new URL(output.filename, `file://${packageDir}`), 'utf8');
        expect(committed, output.filename).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
