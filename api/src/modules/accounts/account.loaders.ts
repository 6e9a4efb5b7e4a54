import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context.js';
import { AccountEntity } from './account.entity.js';

/** Accounts by id, batched per request; an account outside the caller's scope is null. */
export const accountById = (ctx: RequestContext) =>
  ctx.loader(
    'accounts.byId',
    () =>
      new DataLoader<string, AccountEntity | null>(async (ids) => {
        const accounts = await ctx.manager.findBy(AccountEntity, { id: In([...ids]) });
        const byId = new Map(accounts.map((account) => [account.id, account]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
