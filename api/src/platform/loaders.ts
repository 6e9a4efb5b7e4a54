import DataLoader from 'dataloader';
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * A DataLoader that also answers synchronously for keys it has already loaded in this
 * request. A resolver that returns a value rather than a promise spares GraphQL a
 * promise per object, which adds up over a list of hundreds (see loadNow).
 */
export class PeekableLoader<K, V> extends DataLoader<K, V> {
  private readonly settled: Map<K, V>;

  constructor(batch: (keys: readonly K[]) => Promise<V[]>) {
    const settled = new Map<K, V>();
    super(async (keys) => {
      const values = await batch(keys);
      keys.forEach((key, index) => settled.set(key, values[index] as V));
      return values;
    });
    this.settled = settled;
  }

  /** The value if this request already loaded it, else the promise of it. */
  loadNow(key: K): V | Promise<V> {
    return this.settled.has(key) ? (this.settled.get(key) as V) : this.load(key);
  }

  override clear(key: K): this {
    this.settled.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.settled.clear();
    return super.clearAll();
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (!(value instanceof Error) && !isPromiseLike(value) && !this.settled.has(key)) this.settled.set(key, value);
    return super.prime(key, value);
  }
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

interface LoaderHost {
  manager: EntityManager;
  loader<L extends DataLoader<never, unknown>>(name: string, create: () => L): L;
  prepared<Row>(name: string, text: string, values: unknown[]): Promise<Row[]>;
}

const statements = new WeakMap<object, Map<string, { name: string; text: string }>>();

/**
 * A SELECT of an entity's rows, built once from its metadata and run as a named prepared
 * statement: the loads that run on nearly every request skip the query builder and its
 * entity hydration. Columns marked `select: false` stay out; `date` columns come back as
 * text, as TypeORM returns them. `where` and `orderBy` name columns by property.
 */
function selectStatement(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  label: string,
  where: string,
  orderBy = '',
) {
  const metadata = manager.connection.getMetadata(entity);
  let known = statements.get(metadata);
  if (!known) statements.set(metadata, (known = new Map()));
  let statement = known.get(label);
  if (!statement) {
    const column = (property: string) => `"${metadata.findColumnWithPropertyName(property)!.databaseName}"`;
    const byProperty = (clause: string) => clause.replace(/\{(\w+)\}/g, (_, property: string) => column(property));
    const columns = metadata.columns
      .filter((candidate) => candidate.isSelect)
      .map(
        (candidate) =>
          `"${candidate.databaseName}"${candidate.type === 'date' ? '::text' : ''} AS "${candidate.propertyName}"`,
      );
    statement = {
      name: `${metadata.tableName}_${label}`,
      text: `SELECT ${columns.join(', ')} FROM "${metadata.tablePath}" WHERE ${byProperty(where)}${orderBy ? ` ORDER BY ${byProperty(orderBy)}` : ''}`,
    };
    known.set(label, statement);
  }
  return statement;
}

/**
 * Rows of an entity through a prepared statement (see selectStatement), as entity objects.
 * E.g. `selectRows(ctx, GoalEntity, 'by_parent', '{parentId} = ANY($1)', [ids], '{createdAt}, id')`.
 */
export async function selectRows<T extends ObjectLiteral>(
  host: LoaderHost,
  entity: new () => T,
  label: string,
  where: string,
  values: unknown[],
  orderBy?: string,
): Promise<T[]> {
  const statement = selectStatement(host.manager, entity, label, where, orderBy);
  const rows = await host.prepared<T>(statement.name, statement.text, values);
  return rows.map((row) => Object.assign(new entity(), row));
}

/**
 * Rows by id, batched per request: one statement for every id asked for while the request
 * resolves. Row-level security applies; a row the caller may not see comes back null.
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(
  host: LoaderHost,
  name: string,
  entity: new () => T,
): PeekableLoader<string, T | null> {
  return host.loader(
    name,
    () =>
      new PeekableLoader<string, T | null>(async (ids) => {
        const rows = await selectRows(host, entity, 'by_id', 'id = ANY($1::uuid[])', [ids]);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}

/** Applies `then` now to a value, or later to a promise of it, keeping a value synchronous. */
export function mapNow<T, R>(value: T | Promise<T>, then: (settled: T) => R): R | Promise<R> {
  return isPromiseLike(value) ? (value as Promise<T>).then(then) : then(value as T);
}

/**
 * The names of the fields selected under the resolving field (and under `path` below it),
 * through fragments: lets a list resolver load, in one go, what its items will be asked.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  let selections: readonly SelectionNode[] = info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []);
  const flatten = (nodes: readonly SelectionNode[]): FieldNode[] =>
    nodes.flatMap((node) => {
      if (node.kind === Kind.FIELD) return [node];
      if (node.kind === Kind.INLINE_FRAGMENT) return flatten(node.selectionSet.selections);
      const fragment = info.fragments[node.name.value];
      return fragment ? flatten(fragment.selectionSet.selections) : [];
    });
  for (const name of path) {
    selections = flatten(selections)
      .filter((field) => field.name.value === name)
      .flatMap((field) => field.selectionSet?.selections ?? []);
  }
  return new Set(flatten(selections).map((field) => field.name.value));
}
