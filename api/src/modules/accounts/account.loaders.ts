import type { RequestContext } from '../../platform/context.js';
import { byIdLoader } from '../../platform/loaders.js';
import { AccountEntity } from './account.entity.js';

/** Accounts by id, batched per request; an account outside the caller's scope is null. */
export const accountById = (ctx: RequestContext) => byIdLoader(ctx, 'accounts.byId', AccountEntity);
