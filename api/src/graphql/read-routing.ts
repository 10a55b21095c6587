import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { Extensions } from 'type-graphql';
import { markWrite } from '../db/read-routing.js';
import type { Context } from './context.js';

/**
 * Declares a query whose answer may be a little stale (at most REPLICA_MAX_LAG_MS): when an
 * operation asks only for such fields, `ctx.dbRead` (and the loaders) may read from the
 * replica. Its resolver reads through `ctx.dbRead`; it decides no money.
 */
export function StaleTolerant(): MethodDecorator {
  return Extensions({ staleTolerant: true });
}

/** Every root field of a query operation is `@StaleTolerant()` (`__typename` aside). */
export function isStaleTolerant(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): boolean {
  if (operation.operation !== 'query') return false;
  const fields = schema.getQueryType()?.getFields() ?? {};
  const selections = operation.selectionSet.selections;
  return (
    selections.length > 0 &&
    selections.every((selection) => {
      if (selection.kind !== Kind.FIELD) return false;
      if (selection.name.value === '__typename') return true;
      return fields[selection.name.value]?.extensions?.staleTolerant === true;
    })
  );
}

/**
 * Before the resolvers run: marks stale-tolerant operations for their router. After a
 * mutation of a signed-in person: records the primary's WAL position, so that their next
 * reads wait for the replica to have it (read-your-writes), on whichever instance.
 */
export const readRoutingPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, schema }) {
        contextValue.dbRead.staleTolerant = !!operation && isStaleTolerant(schema, operation);
      },
      async willSendResponse({ contextValue, operation }) {
        const routing = contextValue.shared.routing;
        if (!routing || operation?.operation !== 'mutation') return;
        try {
          const viewer = await contextValue.viewer();
          if (viewer) await markWrite(routing, viewer.userId);
        } catch (error) {
          // The reads that follow will not find a mark: the lag bound still holds them.
          contextValue.log.warn({ err: error }, 'could not record the write position');
        }
      },
    };
  },
};
