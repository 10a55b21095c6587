import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * One GraphQL Code Generator config for every client (run from this workspace:
 * `npm run codegen` at the repository root).
 *
 * `src/gql/enums.ts` holds every enum of the schema as a constant object and a
 * string-literal type (e.g. `ErrorCode`, which no operation selects): the
 * shared client code takes its codes from there.
 *
 * Each target gets its own `src/gql/` (typed documents + a `graphql()` tag that
 * knows only that target's operations), generated from the operations written
 * in its own `src/**` files against the committed, server-emitted
 * `schema.graphql`. The generated folders are committed so that building an
 * app never requires running codegen.
 */
const targets = {
  // Operations shared by every app (log in, log out), in the shared React UI.
  ui: '../ui',
  youth: '../../web-youth',
  pro: '../../web-pro',
  admin: '../../web-admin',
} as const;

const clientPreset = {
  preset: 'client',
  presetConfig: {
    // No fragments yet; when screens use them, prefer Apollo's data masking.
    fragmentMasking: false,
  },
  config: {
    useTypeImports: true,
    enumType: 'string-literal',
    // DateTime travels as an ISO 8601 string.
    scalars: { DateTime: 'string' },
    defaultScalarType: 'unknown',
    // Apollo Client always adds __typename; it never does on root types.
    nonOptionalTypename: true,
    skipTypeNameForRoot: true,
    avoidOptionals: { field: true, inputValue: false },
  },
} satisfies CodegenConfig['generates'][string];

const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    'src/gql/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true, namingConvention: 'keep' },
    },
    ...Object.fromEntries(
      Object.values(targets).map((dir) => [
        `${dir}/src/gql/`,
        {
          ...clientPreset,
          documents: [
            `${dir}/src/**/*.{ts,tsx}`,
            `!${dir}/src/gql/**`,
            `!${dir}/src/**/*.test.{ts,tsx}`,
          ],
        },
      ]),
    ),
  },
};

export default config;
