import DataLoader from 'dataloader';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

interface LoaderHost {
  manager: EntityManager;
  loader<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V>;
  prepared<Row>(name: string, text: string, values: unknown[]): Promise<Row[]>;
}

const selectByIdSql = new WeakMap<object, { name: string; text: string }>();

/**
 * The SELECT for rows of an entity by id, built once from the entity's metadata: by-id
 * loads run on nearly every request, so they skip the query builder. Columns marked
 * `select: false` stay out; `date` columns come back as text, as TypeORM returns them.
 */
function selectById(manager: EntityManager, entity: EntityTarget<ObjectLiteral>) {
  const metadata = manager.connection.getMetadata(entity);
  let statement = selectByIdSql.get(metadata);
  if (!statement) {
    const columns = metadata.columns
      .filter((column) => column.isSelect)
      .map((column) => `"${column.databaseName}"${column.type === 'date' ? '::text' : ''} AS "${column.propertyName}"`);
    statement = {
      name: `${metadata.tableName}_by_id`,
      text: `SELECT ${columns.join(', ')} FROM "${metadata.tablePath}" WHERE id = ANY($1::uuid[])`,
    };
    selectByIdSql.set(metadata, statement);
  }
  return statement;
}

/**
 * Rows by id, batched per request: one statement for every id asked for while the request
 * resolves. Row-level security applies; a row the caller may not see comes back null.
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(
  host: LoaderHost,
  name: string,
  entity: new () => T,
): DataLoader<string, T | null> {
  return host.loader(
    name,
    () =>
      new DataLoader<string, T | null>(async (ids) => {
        const statement = selectById(host.manager, entity);
        const rows = await host.prepared<T>(statement.name, statement.text, [ids]);
        const byId = new Map(rows.map((row) => [row.id, Object.assign(new entity(), row)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
