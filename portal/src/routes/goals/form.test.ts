import { describe, expect, it } from 'vitest';
import { emptyGoal, goalChanges, parseNumber, toCreateInput, validateGoal, validateMeasure } from './form.ts';

const measure = { metricId: 'm1', baseline: '12.4', target: '10.5', dueDate: '', ambition: 'GOOD_ENOUGH' as const };

describe('validateGoal', () => {
  it('asks for a title, a level and a value category', () => {
    expect(validateGoal(emptyGoal())?.fields).toEqual({
      title: 'Give the goal a title: what do you want to achieve?',
      level: 'Choose collective or individual.',
      categories: 'Choose at least one kind of value.',
    });
  });

  it('asks for the owner of an individual goal, unless the API makes the writer its owner', () => {
    const values = emptyGoal({ title: 'Plan without spreadsheets', level: 'INDIVIDUAL', categories: ['RELIEVING'] });
    expect(validateGoal(values)?.fields.ownerId).toContain('choose its owner');
    expect(validateGoal(values, { ownerChosenByApi: true })).toBeNull();
  });

  it('checks the measure only when one is given', () => {
    const values = emptyGoal({ title: 'Cut costs', level: 'COLLECTIVE', categories: ['RELIEVING'] });
    expect(validateGoal({ ...values, measure: { ...measure, metricId: '' } })).toBeNull();
    expect(validateGoal({ ...values, withMeasure: true, measure: { ...measure, metricId: '' } })?.fields).toEqual({
      'measure.metricDefinitionId': 'Choose the metric that shows progress.',
    });
  });
});

describe('validateMeasure', () => {
  it('wants numbers, and a target other than the baseline', () => {
    expect(validateMeasure({ ...measure, baseline: 'twelve', target: '' })).toEqual({
      'measure.baseline': 'Enter the value today, as a number (e.g. 12.5).',
      'measure.target': 'Enter the value you aim for, as a number (e.g. 10).',
    });
    expect(validateMeasure({ ...measure, target: '12.40' })['measure.target']).toBe(
      'The target must differ from the baseline.',
    );
  });

  it('points the target the way the metric improves', () => {
    const cost = { name: 'Cost per shipment', direction: 'LOWER_IS_BETTER' as const };
    expect(validateMeasure(measure, cost)).toEqual({});
    expect(validateMeasure({ ...measure, target: '13' }, cost)['measure.target']).toBe(
      'Cost per shipment is better when lower: set a target below the baseline.',
    );
  });
});

describe('parseNumber', () => {
  it('reads plain numbers only', () => {
    expect(parseNumber(' 12.5 ')).toBe(12.5);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('1e3')).toBe(1000);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('12,5')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
  });
});

describe('toCreateInput and goalChanges', () => {
  const before = emptyGoal({
    title: 'Cut costs',
    level: 'COLLECTIVE',
    categories: ['RELIEVING'],
    dimensions: ['FINANCIAL'],
    parentId: 'p1',
  });

  it('builds the create input, with the measure only when asked', () => {
    expect(toCreateInput({ ...before, title: '  Cut costs  ' }, { accountId: 'a1' })).toEqual({
      accountId: 'a1',
      title: 'Cut costs',
      description: null,
      level: 'COLLECTIVE',
      categories: ['RELIEVING'],
      dimensions: ['FINANCIAL'],
      parentId: 'p1',
      ownerId: null,
      measure: null,
    });
    expect(toCreateInput({ ...before, withMeasure: true, measure }).measure).toEqual({
      metricDefinitionId: 'm1',
      baseline: 12.4,
      target: 10.5,
      dueDate: null,
      ambition: 'GOOD_ENOUGH',
    });
  });

  it('sends only what changed, with the version, and null to clear the parent', () => {
    expect(goalChanges('g1', 3, before, { ...before, categories: ['RELIEVING'] })).toBeNull();
    expect(goalChanges('g1', 3, before, { ...before, title: 'Cut costs by 15 %', parentId: '' })).toEqual({
      id: 'g1',
      version: 3,
      title: 'Cut costs by 15 %',
      parentId: null,
    });
    expect(goalChanges('g1', 3, before, { ...before, categories: ['ENABLING', 'RELIEVING'] })?.categories).toEqual([
      'ENABLING',
      'RELIEVING',
    ]);
  });

  it('leaves the owner alone for a member’s own goal', () => {
    expect(goalChanges('g1', 1, before, { ...before, ownerId: 's1' }, { ownerChosenByApi: true })).toBeNull();
  });
});
