/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n    }\n  }\n": typeof types.AdminMeDocument,
    "\n  query AdminOutboxMessages($status: OutboxStatus, $first: Int!) {\n    outboxMessages(status: $status, first: $first) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      subject\n      text\n      createdAt\n      sentAt\n      nextAttemptAt\n      lastError\n    }\n  }\n": typeof types.AdminOutboxMessagesDocument,
};
const documents: Documents = {
    "\n  query AdminMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n    }\n  }\n": types.AdminMeDocument,
    "\n  query AdminOutboxMessages($status: OutboxStatus, $first: Int!) {\n    outboxMessages(status: $status, first: $first) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      subject\n      text\n      createdAt\n      sentAt\n      nextAttemptAt\n      lastError\n    }\n  }\n": types.AdminOutboxMessagesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n    }\n  }\n"): (typeof documents)["\n  query AdminMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOutboxMessages($status: OutboxStatus, $first: Int!) {\n    outboxMessages(status: $status, first: $first) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      subject\n      text\n      createdAt\n      sentAt\n      nextAttemptAt\n      lastError\n    }\n  }\n"): (typeof documents)["\n  query AdminOutboxMessages($status: OutboxStatus, $first: Int!) {\n    outboxMessages(status: $status, first: $first) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      subject\n      text\n      createdAt\n      sentAt\n      nextAttemptAt\n      lastError\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;