import { ArgsType, Field, ID, InterfaceType, Int, ObjectType, type ClassType } from 'type-graphql';
import DataLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

const nodeTypeNames = new Map<Function, string>();

/** Tells the Node interface which GraphQL type an entity class is. */
export function registerNodeType(entity: Function, typeName: string): void {
  nodeTypeNames.set(entity, typeName);
}

@InterfaceType({
  description: 'An object with a globally unique, opaque id.',
  resolveType: (value: object) => nodeTypeNames.get(value.constructor),
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

/** Global ids are opaque to clients: the type name and the row id, base64url-encoded. */
export function toGlobalId(typeName: string, id: string): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function fromGlobalId(globalId: string): { typeName: string; id: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator < 1) return null;
  const typeName = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  return UUID_PATTERN.test(id) ? { typeName, id } : null;
}

/** Decodes an id argument that must name an object of the given type. */
export function expectGlobalId(globalId: string, typeName: string, field = 'id'): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.typeName !== typeName) throw badInput(`${field} is not a valid ${typeName} id.`, field);
  return parsed.id;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  /** A getter: counted only when a client asks for it. */
  readonly totalCount: Promise<number>;
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, typeName: string) {
  @ObjectType(`${typeName}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${typeName}Connection`)
  class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of the edges, for clients that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return first;
}

function encodeCursor(sortValue: Date, id: string): string {
  return Buffer.from(JSON.stringify([sortValue.toISOString(), id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      !Number.isNaN(Date.parse(value[0])) &&
      typeof value[1] === 'string' &&
      UUID_PATTERN.test(value[1])
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after is not a cursor from this list.', 'after');
}

/**
 * Keyset pagination on (a timestamp column, id): stable under inserts, index-friendly.
 * `query` holds the filters; ordering and the cursor are added here.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  options: { sortProperty: keyof T & string; direction: 'ASC' | 'DESC' },
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const alias = query.alias;
  const countQuery = query.clone();
  const sortColumn = `${alias}.${options.sortProperty}`;
  const page = query.clone();
  if (args.after) {
    const [sortValue, id] = decodeCursor(args.after);
    const comparison = options.direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${sortColumn}, ${alias}.id) ${comparison} (:cursorSort, :cursorId)`, {
      cursorSort: sortValue,
      cursorId: id,
    });
  }
  const rows = await page
    .orderBy(sortColumn, options.direction)
    .addOrderBy(`${alias}.id`, options.direction)
    .take(size + 1)
    .getMany();
  const hasNextPage = rows.length > size;
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node[options.sortProperty] as Date, node.id), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return countQuery.getCount();
    },
  };
}

/** A list that hangs off a parent row (an account's members, say), paged like any connection. */
export interface ChildListSpec<T> {
  /** Names the DataLoaders of this list in the request context. */
  name: string;
  entity: EntityTarget<T>;
  parentProperty: keyof T & string;
  sortProperty: keyof T & string;
  direction: 'ASC' | 'DESC';
}

interface PageLoaderHost {
  manager: EntityManager;
  loader<L extends DataLoader<never, unknown>>(name: string, create: () => L): L;
}

/**
 * The page of a child list for one parent. First pages of many parents (a list of
 * accounts, each with its members) load together: one statement for the ids of every
 * page, one for the rows, one for the counts if asked — however many parents there are.
 */
export async function childListPage<T extends ObjectLiteral & { id: string }>(
  host: PageLoaderHost,
  spec: ChildListSpec<T>,
  parentId: string,
  args: ConnectionArgs,
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  if (args.after) {
    const query = host.manager
      .createQueryBuilder(spec.entity, 'child')
      .where(`child.${spec.parentProperty} = :parentId`, { parentId });
    return paginate(query, args, spec);
  }
  const rows = await host
    .loader(
      `${spec.name}.firstPage.${size}`,
      () => new DataLoader<string, T[]>((parentIds) => loadFirstPages(host.manager, spec, parentIds, size)),
    )
    .load(parentId);
  const hasNextPage = rows.length > size;
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node[spec.sortProperty] as Date, node.id), node }));
  const counts = host.loader(
    `${spec.name}.count`,
    () => new DataLoader<string, number>((parentIds) => countChildren(host.manager, spec, parentIds)),
  );
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return counts.load(parentId);
    },
  };
}

function columnsOf<T>(manager: EntityManager, spec: ChildListSpec<T>) {
  const metadata = manager.connection.getMetadata(spec.entity);
  const column = (property: string) => metadata.findColumnWithPropertyName(property)!.databaseName;
  return { table: metadata.tablePath, parent: column(spec.parentProperty), sort: column(spec.sortProperty), metadata };
}

async function loadFirstPages<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  spec: ChildListSpec<T>,
  parentIds: readonly string[],
  size: number,
): Promise<T[][]> {
  const { table, parent, sort } = columnsOf(manager, spec);
  const ranked: Array<{ id: string }> = await manager.query(
    `SELECT id FROM (
       SELECT id, row_number() OVER (PARTITION BY "${parent}" ORDER BY "${sort}" ${spec.direction}, id ${spec.direction}) AS rank
         FROM "${table}" WHERE "${parent}" = ANY($1)
     ) ranked WHERE rank <= $2`,
    [parentIds, size + 1],
  );
  const rows = ranked.length
    ? await manager.getRepository(spec.entity).findBy({ id: In(ranked.map((row) => row.id)) } as never)
    : [];
  const sign = spec.direction === 'ASC' ? 1 : -1;
  rows.sort((a, b) => {
    const bySort = (a[spec.sortProperty] as Date).getTime() - (b[spec.sortProperty] as Date).getTime();
    return sign * (bySort !== 0 ? bySort : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  return parentIds.map((parentId) => rows.filter((row) => row[spec.parentProperty] === parentId));
}

async function countChildren<T>(
  manager: EntityManager,
  spec: ChildListSpec<T>,
  parentIds: readonly string[],
): Promise<number[]> {
  const { table, parent } = columnsOf(manager, spec);
  const counts: Array<{ parent: string; count: number }> = await manager.query(
    `SELECT "${parent}" AS parent, count(*)::int AS count FROM "${table}" WHERE "${parent}" = ANY($1) GROUP BY 1`,
    [parentIds],
  );
  const byParent = new Map(counts.map((row) => [row.parent, row.count]));
  return parentIds.map((parentId) => byParent.get(parentId) ?? 0);
}
