import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { Config } from './config.js';
import type { RequestContext } from './context.js';
import { AppError, ErrorCode } from './errors.js';
import { DEFAULT_PAGE_SIZE } from './relay.js';

// Its ES build imports graphql's .mjs files, a second copy of graphql beside the CommonJS
// one type-graphql uses; the CommonJS build shares that one.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

/** Marks a validation error as a limit, so that it reaches the client as QUERY_TOO_COMPLEX. */
export const LIMIT_EXTENSION = 'limit';

/** Reports a refused operation as a validation error that reaches the client as QUERY_TOO_COMPLEX. */
const rejectAs = (limit: string) => ({
  propagateOnRejection: false,
  exposeLimits: true,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { [LIMIT_EXTENSION]: limit } }),
      ),
  ],
});

export function limitRules(config: Config): ValidationRule[] {
  return [
    maxDepthRule({
      n: config.MAX_QUERY_DEPTH,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...rejectAs('depth'),
    }),
    maxAliasesRule({ n: config.MAX_QUERY_ALIASES, ...rejectAs('aliases') }),
  ];
}

/**
 * A list costs its children's cost times the number of items asked for: a connection's
 * `first` (or the default page), the number of ids given to `nodes`, or what a plain list
 * field declares.
 */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  // A plain list declares what it is costed as (see @Extensions({ listCost })).
  const listCost = field.extensions?.listCost;
  if (typeof listCost === 'number') return 1 + listCost * childComplexity;
  if (field.args.some((argument) => argument.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + Math.max(first, 1) * childComplexity;
  }
  if (Array.isArray(args.ids)) return 1 + args.ids.length * childComplexity;
  return undefined;
};

export interface QueryCost {
  requested: number;
  limit: number;
}

/** Refuses operations over the cost budget and reports the cost in extensions.cost. */
export function costLimitPlugin(schema: GraphQLSchema, config: Config): ApolloServerPlugin<RequestContext> {
  // Apollo hands over the same parsed document for the same query text: remember its cost
  // per set of variables, since a client sends the same few again and again.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const estimators = [listEstimator, simpleEstimator({ defaultComplexity: 1 })];
  function costOf(document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
    const key = JSON.stringify([operationName ?? null, variables]);
    let known = costs.get(document);
    const cached = known?.get(key);
    if (cached !== undefined) return cached;
    const cost = getComplexity({ schema, query: document, variables, operationName, estimators });
    if (!known) costs.set(document, (known = new Map()));
    if (known.size < 100) known.set(key, cost);
    return cost;
  }

  return {
    async requestDidStart() {
      let cost: QueryCost | undefined;
      return {
        async didResolveOperation({ request, document }) {
          const requested = costOf(document, request.variables ?? {}, request.operationName ?? undefined);
          cost = { requested, limit: config.MAX_QUERY_COST };
          if (requested > config.MAX_QUERY_COST) {
            throw new AppError(
              ErrorCode.QUERY_TOO_COMPLEX,
              `This query costs ${requested}, over the limit of ${config.MAX_QUERY_COST}. Ask for fewer items.`,
              { cost },
            );
          }
        },
        async willSendResponse({ response }) {
          if (cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}
