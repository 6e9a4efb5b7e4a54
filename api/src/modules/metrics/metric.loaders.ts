import type { RequestContext } from '../../platform/context.js';
import { byIdLoader } from '../../platform/loaders.js';
import { MetricDefinitionEntity } from './metric-definition.entity.js';

/** Metric definitions by id, batched per request; null when out of the caller's reach. */
export const metricDefinitionById = (ctx: RequestContext) =>
  byIdLoader(ctx, 'metricDefinitions.byId', MetricDefinitionEntity);
