import type { RequestContext } from '../../platform/context.js';
import { byIdLoader } from '../../platform/loaders.js';
import { StakeholderEntity } from './stakeholder.entity.js';

/** Stakeholders by id, batched per request; null when out of the caller's reach. */
export const stakeholderById = (ctx: RequestContext) => byIdLoader(ctx, 'stakeholders.byId', StakeholderEntity);
