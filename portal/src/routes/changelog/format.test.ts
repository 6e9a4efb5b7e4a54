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
    const shown = describeEntry({ action: 'learning.path_started', actorName: '', entityType: 'Path', changes: [] });
    expect(shown.label).toBe('Learning path started');
    expect(shown.summary).toBe('Someone: learning path started');
    expect(actionLabel('stakeholder.influence_changed')).toBe('Stakeholder influence changed');
  });
});

describe('describeEntry for goals, conflicts and stakeholders', () => {
  it('names a new goal and lists its kind in words (lists arrive as JSON inside JSON)', () => {
    const shown = describeEntry({
      action: 'goal.created',
      actorName: 'Casey Customer',
      entityType: 'Goal',
      changes: [
        { field: 'title', before: null, after: json('Halve failed deliveries') },
        { field: 'level', before: null, after: json('COLLECTIVE') },
        { field: 'categories', before: null, after: json(json(['RELIEVING', 'ENRICHING'])) },
        { field: 'parent', before: null, after: json('Cut the cost per shipment by 15 %') },
        { field: 'status', before: null, after: json('ACTIVE') },
      ],
    });
    expect(shown.label).toBe('Goal written');
    expect(shown.tone).toBe('success');
    expect(shown.summary).toBe('Casey Customer wrote the goal “Halve failed deliveries”');
    expect(shown.changes.map((change) => [change.label, change.after])).toEqual([
      ['Level', 'Collective'],
      ['Value', 'Relieving, Enriching'],
      ['Serves', 'Cut the cost per shipment by 15 %'],
    ]);
  });

  it('tells proposals, acceptance, endorsements and status changes apart', () => {
    const entry = (action: string, changes: Array<{ field: string; before: string | null; after: string | null }>) =>
      describeEntry({ action, actorName: 'Casey Customer', entityType: 'Goal', changes });
    expect(entry('goal.proposed', [{ field: 'title', before: null, after: json('Alerts') }]).summary).toBe(
      'Casey Customer proposed the goal “Alerts”',
    );
    expect(entry('goal.accepted', []).summary).toBe('Casey Customer accepted a proposed goal: it is active now');
    expect(entry('goal.endorsed', [{ field: 'endorsedBy', before: null, after: json('Casey Customer') }]).summary).toBe(
      'Casey Customer endorsed a goal',
    );
    expect(entry('goal.endorsed', [{ field: 'endorsedBy', before: null, after: json('Rita Reyes') }]).summary).toBe(
      'Casey Customer recorded that Rita Reyes endorses a goal',
    );
    expect(
      entry('goal.status_changed', [{ field: 'status', before: json('ACTIVE'), after: json('AT_RISK') }]).summary,
    ).toBe('Casey Customer changed a goal’s status from Active to At risk');
    const measure = entry('goal.measure_set', [
      { field: 'dueDate', before: null, after: json('2027-06-30') },
      { field: 'ambition', before: null, after: json('EXCEPTIONAL') },
    ]);
    expect(measure.changes.map((change) => change.after)).toEqual(['Jun 30, 2027', 'Exceptional']);
  });

  it('describes a conflict raised and resolved', () => {
    const raised = describeEntry({
      action: 'goal_conflict.raised',
      actorName: 'Sam Success',
      entityType: 'GoalConflict',
      changes: [
        { field: 'goals', before: null, after: json('A ↔ B') },
        { field: 'description', before: null, after: json('They clash.') },
      ],
    });
    expect(raised.summary).toBe('Sam Success marked two goals as conflicting: A ↔ B');
    expect(raised.tone).toBe('warning');
    expect(raised.changes.map((change) => change.after)).toEqual(['They clash.']);
    const resolved = describeEntry({
      action: 'goal_conflict.resolved',
      actorName: 'Casey Customer',
      entityType: 'GoalConflict',
      changes: [
        { field: 'status', before: json('OPEN'), after: json('RESOLVED') },
        { field: 'handling', before: null, after: json('PRIORITIZE') },
        { field: 'prioritized', before: null, after: json('A') },
      ],
    });
    expect(resolved.summary).toBe('Casey Customer resolved a goal conflict: prioritise');
    expect(resolved.changes.map((change) => [change.label, change.after])).toEqual([['Comes first', 'A']]);
  });

  it('names stakeholders, and never shows a linked user’s id', () => {
    const added = describeEntry({
      action: 'stakeholder.proposed',
      actorName: 'Sam Success',
      entityType: 'Stakeholder',
      changes: [
        { field: 'name', before: null, after: json('Dana Driver') },
        { field: 'centres', before: null, after: json(json(['BUYING', 'USAGE'])) },
        { field: 'influence', before: null, after: json(4) },
      ],
    });
    expect(added.summary).toBe('Sam Success suggested the stakeholder Dana Driver');
    expect(added.changes.map((change) => change.after)).toEqual(['Buying, Usage', '4']);
    expect(describeValue('userId', json('2f1c7d1e-0000-4000-8000-000000000000'))).toBe('linked');
  });
});

describe('describeValue', () => {
  it('shows JSON values as text and keeps text that is not JSON', () => {
    expect(describeValue('name', json('Northwind'))).toBe('Northwind');
    expect(describeValue('name', 'not json')).toBe('not json');
    expect(describeValue('name', json(''))).toBeNull();
    expect(describeValue('count', json(3))).toBe('3');
    expect(describeValue('tags', json(['a', 'b']))).toBe('a, b');
    expect(describeValue('tags', json({ a: 1 }))).toBe('{"a":1}');
    expect(describeValue('role', null)).toBeNull();
  });
});
