import { Field, ObjectType, type ClassType } from 'type-graphql';

/** Where a page ends, and whether another follows. */
@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

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
 * contract gives them): offers of a venue, a pro's offers and bookings. The search's connection, whose edges also carry a distance, is its own.
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
