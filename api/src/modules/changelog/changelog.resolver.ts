import { FieldResolver, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../platform/relay.js';
import type { ChangeLogEntryEntity } from './change-log-entry.entity.js';
import { ChangeLogEntry, FieldChange } from './changelog.types.js';

const asJson = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

@Resolver(() => ChangeLogEntry)
export class ChangeLogEntryResolver {
  @FieldResolver(() => String)
  entityId(@Root() entry: ChangeLogEntryEntity): string {
    return toGlobalId(entry.entityType, entry.entityId);
  }

  @FieldResolver(() => [FieldChange])
  changes(@Root() entry: ChangeLogEntryEntity): FieldChange[] {
    return entry.changes.map((change) => ({
      field: change.field,
      before: asJson(change.before),
      after: asJson(change.after),
    }));
  }
}
