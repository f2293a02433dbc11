import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type QueryPlan, type SubscriptionNode } from '@apollo/query-planner';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';

export interface PlannedSubscription {
  node: SubscriptionNode;
}

interface PlannerState {
  planner: QueryPlanner;
  apiSchema: Schema;
  apiGraphQLSchema: GraphQLSchema;
  supergraphGraphQLSchema: GraphQLSchema;
  plans: LRUCache<string, QueryPlan>;
}

const PLAN_CACHE_SIZE = 500;

/**
 * Plans subscriptions with the same query planner @apollo/gateway uses (it plans them into a
 * SubscriptionNode but refuses to execute them). Rebuilt whenever the gateway loads a new supergraph.
 */
export class SubscriptionPlanner {
  private state: PlannerState | undefined;

  update(supergraphSdl: string): void {
    const supergraph = Supergraph.build(supergraphSdl);
    const apiSchema = supergraph.apiSchema();
    this.state = {
      planner: new QueryPlanner(supergraph),
      apiSchema,
      apiGraphQLSchema: apiSchema.toGraphQLJSSchema(),
      supergraphGraphQLSchema: supergraph.schema.toGraphQLJSSchema(),
      plans: new LRUCache({ max: PLAN_CACHE_SIZE }),
    };
  }

  get ready(): boolean {
    return this.state !== undefined;
  }

  private current(): PlannerState {
    if (!this.state) throw new Error('No supergraph is loaded yet');
    return this.state;
  }

  get apiSchema(): Schema {
    return this.current().apiSchema;
  }

  get apiGraphQLSchema(): GraphQLSchema {
    return this.current().apiGraphQLSchema;
  }

  get supergraphGraphQLSchema(): GraphQLSchema {
    return this.current().supergraphGraphQLSchema;
  }

  /** The plan for a validated subscription document; cached by its text and operation name. */
  plan(document: DocumentNode, operationName: string | undefined, cacheKey: string): PlannedSubscription {
    const state = this.current();
    const key = `${operationName ?? ''}\u0000${cacheKey}`;
    let plan = state.plans.get(key);
    if (!plan) {
      const operation = operationFromDocument(state.apiSchema, document, { operationName });
      plan = state.planner.buildQueryPlan(operation);
      state.plans.set(key, plan);
    }
    if (plan.node?.kind !== 'Subscription') throw new Error('The operation did not plan as a subscription');
    return { node: plan.node };
  }
}
