import type { RequestContext } from '../../platform/context.js';
import { byIdLoader } from '../../platform/loaders.js';
import { UserEntity } from './user.entity.js';

/** Users by id, batched per request; users the caller may not see come back null. */
export const userById = (ctx: RequestContext) => byIdLoader(ctx, 'identity.userById', UserEntity);
