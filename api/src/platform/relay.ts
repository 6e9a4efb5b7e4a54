import { ArgsType, Field, ID, InterfaceType, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
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
  @Field(() => Int, { nullable: true, description: `How many items, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
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
