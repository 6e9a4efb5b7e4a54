import { describe, expect, it } from 'vitest';
import { stakeholderChanges, stakeholderValues } from './changes.ts';
import type { StakeholderCard } from './queries.ts';

const rita: StakeholderCard = {
  id: 's1',
  name: 'Rita Reyes',
  title: 'IT lead',
  group: 'IT',
  centres: ['USAGE'],
  influence: 3,
  status: 'ACTIVE',
  statusReason: null,
  proposedByName: null,
  version: 4,
  user: null,
  ownedGoals: [],
  endorsements: [],
};

describe('stakeholderChanges', () => {
  it('sends nothing when nothing changed', () => {
    expect(stakeholderChanges(rita, stakeholderValues(rita))).toBeNull();
  });

  it('sends only what changed, with the version edited', () => {
    expect(
      stakeholderChanges(rita, { ...stakeholderValues(rita), influence: '5', centres: ['BUYING', 'USAGE'] }),
    ).toEqual({ id: 's1', version: 4, influence: 5, centres: ['BUYING', 'USAGE'] });
  });

  it('links and unlinks a user', () => {
    expect(stakeholderChanges(rita, { ...stakeholderValues(rita), userId: 'u1' })?.userId).toBe('u1');
    const linked = { ...rita, user: { id: 'u1', name: 'Rita' } };
    expect(stakeholderChanges(linked, { ...stakeholderValues(linked), userId: '' })).toEqual({
      id: 's1',
      version: 4,
      userId: null,
    });
  });
});
