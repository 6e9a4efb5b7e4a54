import { describe, expect, it } from 'vitest';
import { actionLabel, describeEntry, describeValue } from './format.ts';

const json = (value: unknown) => JSON.stringify(value);

describe('describeEntry', () => {
  it('says who invited whom, and as what', () => {
    const shown = describeEntry({
      action: 'user.invited',
      actorName: 'Casey Customer',
      entityType: 'Invitation',
      changes: [
        { field: 'email', before: null, after: json('jane@example.com') },
        { field: 'role', before: null, after: json('CUSTOMER_MEMBER') },
      ],
    });
    expect(shown.label).toBe('Invitation sent');
    expect(shown.summary).toBe('Casey Customer invited jane@example.com as Member');
    expect(shown.changes).toEqual([]);
  });

  it('describes an accepted invitation with the role joined', () => {
    const shown = describeEntry({
      action: 'invitation.accepted',
      actorName: 'Jane Doe',
      entityType: 'User',
      changes: [
        { field: 'email', before: null, after: json('jane@example.com') },
        { field: 'name', before: null, after: json('Jane Doe') },
        { field: 'role', before: null, after: json('CUSTOMER_ADMIN') },
      ],
    });
    expect(shown.label).toBe('Invitation accepted');
    expect(shown.summary).toBe('Jane Doe accepted the invitation and joined as Customer admin');
    expect(shown.tone).toBe('success');
    expect(shown.changes.map((change) => change.field)).toEqual(['email']);
  });

  it('lists account updates field by field, before and after, in words', () => {
    const shown = describeEntry({
      action: 'account.updated',
      actorName: 'Sam Success',
      entityType: 'Account',
      changes: [
        { field: 'journeyPhase', before: json('ORIENTATION'), after: json('IMPLEMENTATION') },
        { field: 'renewalDate', before: null, after: json('2026-09-30') },
        { field: 'csm', before: json('Sam Success'), after: null },
      ],
    });
    expect(shown.summary).toBe('Sam Success updated the account details');
    expect(shown.changes).toEqual([
      { field: 'journeyPhase', label: 'Journey phase', before: 'Orientation', after: 'Implementation' },
      { field: 'renewalDate', label: 'Renewal date', before: null, after: 'Sep 30, 2026' },
      { field: 'csm', label: 'CSM', before: 'Sam Success', after: null },
    ]);
  });

  it('describes role changes and revocations in one sentence', () => {
    expect(
      describeEntry({
        action: 'membership.role_changed',
        actorName: 'Casey Customer',
        entityType: 'Membership',
        changes: [{ field: 'role', before: json('CUSTOMER_MEMBER'), after: json('CUSTOMER_ADMIN') }],
      }).summary,
    ).toBe('Casey Customer changed a role from Member to Customer admin');
    const revoked = describeEntry({
      action: 'invitation.revoked',
      actorName: 'Casey Customer',
      entityType: 'Invitation',
      changes: [{ field: 'email', before: json('old@example.com'), after: null }],
    });
    expect(revoked.summary).toBe('Casey Customer revoked the invitation for old@example.com');
    expect(revoked.tone).toBe('warning');
  });

  it('still reads well for actions it does not know yet', () => {
    const shown = describeEntry({ action: 'goal.proposed', actorName: '', entityType: 'Goal', changes: [] });
    expect(shown.label).toBe('Goal proposed');
    expect(shown.summary).toBe('Someone: goal proposed');
    expect(actionLabel('stakeholder.influence_changed')).toBe('Stakeholder influence changed');
  });
});

describe('describeValue', () => {
  it('shows JSON values as text and keeps text that is not JSON', () => {
    expect(describeValue('name', json('Northwind'))).toBe('Northwind');
    expect(describeValue('name', 'not json')).toBe('not json');
    expect(describeValue('name', json(''))).toBeNull();
    expect(describeValue('count', json(3))).toBe('3');
    expect(describeValue('tags', json(['a', 'b']))).toBe('["a","b"]');
    expect(describeValue('role', null)).toBeNull();
  });
});
