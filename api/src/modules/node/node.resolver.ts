import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context.js';
import { AppError, ErrorCode, notFound } from '../../platform/errors.js';
import { MAX_PAGE_SIZE, Node, toGlobalId } from '../../platform/relay.js';
import { NodeService } from './node.service.js';

@Resolver(() => Node)
export class NodeResolver {
  /** Every node's id is its global id, whatever type implements Node. */
  @FieldResolver(() => ID)
  id(@Root() root: { id: string }, @Info() info: GraphQLResolveInfo): string {
    return toGlobalId(info.parentType.name, root.id);
  }

  @Query(() => Node, { nullable: true, description: 'Fetches any object by its global id.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<object> {
    const found = await new NodeService(ctx).fetch(id);
    if (!found) throw notFound('No object with that id');
    return found;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Fetches up to ${MAX_PAGE_SIZE} objects by global id; a missing one is null with a NOT_FOUND error.`,
  })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<Array<object | Error>> {
    if (ids.length > MAX_PAGE_SIZE) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `Ask for at most ${MAX_PAGE_SIZE} ids at once.`);
    }
    const service = new NodeService(ctx);
    const found = await Promise.all(ids.map((id) => service.fetch(id)));
    // graphql-js turns an Error in a list into a null item with its own error entry.
    return found.map((node) => node ?? notFound('No object with that id'));
  }
}
