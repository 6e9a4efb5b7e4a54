import { describe, expect, it } from 'vitest';
import { goalAccess } from './permissions.ts';

const admin = { role: 'CUSTOMER_ADMIN' as const, isProviderStaff: false };
const member = { role: 'CUSTOMER_MEMBER' as const, isProviderStaff: false };
const csm = { role: 'CSM' as const, isProviderStaff: true };
const goal = { status: 'ACTIVE' as const, level: 'COLLECTIVE' as const, viewerCanEdit: true, depth: 1 };

describe('goalAccess', () => {
  it('lets a customer admin do everything with an active collective goal', () => {
    expect(goalAccess({ viewer: admin, goal })).toEqual({
      edit: true,
      setMeasure: true,
      setStatus: true,
      answerProposal: false,
      endorse: true,
      raiseConflict: true,
      resolveConflict: true,
      addSubGoal: true,
    });
  });

  it('lets a member endorse and raise conflicts, but not change a goal that is not theirs', () => {
    const access = goalAccess({ viewer: member, goal: { ...goal, viewerCanEdit: false } });
    expect(access.endorse).toBe(true);
    expect(access.raiseConflict).toBe(true);
    expect(access.edit || access.setStatus || access.setMeasure || access.resolveConflict).toBe(false);
  });

  it('lets staff edit their own proposal and its measure, never its status, and never endorse', () => {
    const access = goalAccess({ viewer: csm, goal: { ...goal, status: 'PROPOSED' } });
    expect(access.edit).toBe(true);
    expect(access.setMeasure).toBe(true);
    expect(access.setStatus).toBe(false);
    expect(access.endorse).toBe(false);
    expect(access.answerProposal).toBe(false);
    expect(access.raiseConflict).toBe(true);
  });

  it('answers proposals by accepting or declining, not by a status change', () => {
    const access = goalAccess({ viewer: admin, goal: { ...goal, status: 'PROPOSED' } });
    expect(access.answerProposal).toBe(true);
    expect(access.setStatus).toBe(false);
  });

  it('endorses only collective goals that are still open', () => {
    expect(goalAccess({ viewer: member, goal: { ...goal, level: 'INDIVIDUAL' } }).endorse).toBe(false);
    expect(goalAccess({ viewer: member, goal: { ...goal, status: 'ACHIEVED' } }).endorse).toBe(false);
  });

  it('freezes a declined proposal and stops sub-goals at the deepest level', () => {
    const declined = goalAccess({ viewer: admin, goal: { ...goal, status: 'DECLINED' } });
    expect(declined.edit || declined.setMeasure || declined.raiseConflict || declined.addSubGoal).toBe(false);
    expect(goalAccess({ viewer: admin, goal: { ...goal, depth: 6 } }).addSubGoal).toBe(false);
  });
});
