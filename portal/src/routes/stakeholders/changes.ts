import type { VariablesOf } from '../../graphql/graphql.ts';
import type { StakeholderCard, UpdateStakeholderMutation } from './queries.ts';
import type { StakeholderFormValues } from './StakeholderForm.tsx';

type UpdateInput = VariablesOf<typeof UpdateStakeholderMutation>['input'];

/** The form's values for a stakeholder as loaded. */
export const stakeholderValues = (person: StakeholderCard): StakeholderFormValues => ({
  name: person.name,
  title: person.title,
  group: person.group,
  centres: [...person.centres],
  influence: String(person.influence),
  userId: person.user?.id ?? '',
});

/** Only what changed, with the version edited; null when nothing did. */
export function stakeholderChanges(person: StakeholderCard, values: StakeholderFormValues): UpdateInput | null {
  const before = stakeholderValues(person);
  const input: UpdateInput = { id: person.id, version: person.version };
  let changed = false;
  const set = <Key extends keyof UpdateInput>(key: Key, value: UpdateInput[Key]) => {
    input[key] = value;
    changed = true;
  };
  if (values.name.trim() !== before.name) set('name', values.name.trim());
  if (values.title.trim() !== before.title) set('title', values.title.trim());
  if (values.group && values.group !== before.group) set('group', values.group);
  if (values.centres.join() !== before.centres.join()) set('centres', values.centres);
  if (values.influence !== before.influence) set('influence', Number(values.influence));
  if (values.userId !== before.userId) set('userId', values.userId || null);
  return changed ? input : null;
}
