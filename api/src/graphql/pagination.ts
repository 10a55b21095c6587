import { Field, ObjectType, type ClassType } from 'type-graphql';
// PageInfo is still declared with the catalogue's types (the module is being changed in
// parallel); it belongs here, beside the factory, once that work has landed.
import { PageInfo } from '../modules/catalog/catalog.types.js';

/** One edge of a connection: a node and the opaque cursor just after it. */
export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

/** A page of a cursor-paginated list, in the Relay connection shape. */
export interface Connection<TNode> {
  edges: Edge<TNode>[];
  pageInfo: PageInfo;
}

/**
 * The GraphQL types of a paginated list of `nodeType`: `<name>Edge { cursor node }` and
 * `<name>Connection { edges pageInfo }` (type-graphql's generic types, with the names the
 * contract gives them). The search's connection, whose edges also carry a distance, is its own.
 */
export function connectionType<TNode extends object>(
  nodeType: ClassType<TNode>,
  name: string,
): ClassType<Connection<TNode>> {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<TNode> {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: TNode;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements Connection<TNode> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }

  return ConnectionType;
}
