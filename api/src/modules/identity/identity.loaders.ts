import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context.js';
import { UserEntity } from './user.entity.js';

/** Users by id, batched per request; users the caller may not see come back null. */
export const userById = (ctx: RequestContext) =>
  ctx.loader(
    'identity.userById',
    () =>
      new DataLoader<string, UserEntity | null>(async (ids) => {
        const users = await ctx.manager.findBy(UserEntity, { id: In([...ids]) });
        const byId = new Map(users.map((user) => [user.id, user]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
