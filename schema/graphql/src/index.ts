// Every enum of the schema (generated from schema.graphql by `npm run codegen`).
export * from './gql/enums';
