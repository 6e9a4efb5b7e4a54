import { describe, expect, it } from 'vitest';
import { formatNumber, outcomeTypesFor, rankMetrics, STATUS_MOVES, suggestedKindsFor } from './labels.ts';

describe('outcomeTypesFor', () => {
  it('gives the fixed lookup of level × value category', () => {
    expect(outcomeTypesFor('COLLECTIVE', ['RELIEVING'])).toEqual(['EFFICIENCY']);
    expect(outcomeTypesFor('COLLECTIVE', ['ENABLING'])).toEqual(['DIFFERENTIATION']);
    expect(outcomeTypesFor('COLLECTIVE', ['ENRICHING'])).toEqual(['ASSOCIATION']);
    expect(outcomeTypesFor('INDIVIDUAL', ['RELIEVING'])).toEqual(['CONVENIENCE']);
    expect(outcomeTypesFor('INDIVIDUAL', ['ENABLING'])).toEqual(['EMPOWERMENT']);
    expect(outcomeTypesFor('INDIVIDUAL', ['ENRICHING'])).toEqual(['RELATIONSHIP']);
  });

  it('gives one type per category, in category order, whatever order they were ticked in', () => {
    expect(outcomeTypesFor('COLLECTIVE', ['ENRICHING', 'RELIEVING'])).toEqual(['EFFICIENCY', 'ASSOCIATION']);
    expect(outcomeTypesFor('INDIVIDUAL', ['ENRICHING', 'ENABLING', 'RELIEVING'])).toEqual([
      'CONVENIENCE',
      'EMPOWERMENT',
      'RELATIONSHIP',
    ]);
  });

  it('gives nothing until a level and a category are chosen', () => {
    expect(outcomeTypesFor('', ['RELIEVING'])).toEqual([]);
    expect(outcomeTypesFor('COLLECTIVE', [])).toEqual([]);
  });
});

describe('suggestedKindsFor and rankMetrics', () => {
  it('steers money and operations to efficiency, perception to association and relationship', () => {
    expect(suggestedKindsFor(['EFFICIENCY'])).toEqual(['MONETARY', 'OPERATIONAL']);
    expect(suggestedKindsFor(['DIFFERENTIATION'])).toEqual(['MONETARY', 'OPERATIONAL']);
    expect(suggestedKindsFor(['ASSOCIATION'])).toEqual(['PERCEPTUAL']);
    expect(suggestedKindsFor(['RELATIONSHIP'])).toEqual(['PERCEPTUAL']);
    expect(suggestedKindsFor(['EFFICIENCY', 'ASSOCIATION'])).toEqual(['MONETARY', 'OPERATIONAL', 'PERCEPTUAL']);
    expect(suggestedKindsFor([])).toEqual([]);
  });

  it('lists the fitting metrics first and keeps the order within each part', () => {
    const metrics = [
      { id: 'csat', kind: 'PERCEPTUAL' as const },
      { id: 'cost', kind: 'MONETARY' as const },
      { id: 'wau', kind: 'BEHAVIORAL' as const },
      { id: 'time', kind: 'OPERATIONAL' as const },
    ];
    const ranked = rankMetrics(metrics, suggestedKindsFor(['EFFICIENCY']));
    expect(ranked.suggested.map((metric) => metric.id)).toEqual(['cost', 'time']);
    expect(ranked.others.map((metric) => metric.id)).toEqual(['csat', 'wau']);
    expect(rankMetrics(metrics, []).suggested).toEqual([]);
  });
});

describe('STATUS_MOVES', () => {
  it('moves proposals only by accepting or declining, and reopens finished goals', () => {
    expect(STATUS_MOVES.PROPOSED).toEqual([]);
    expect(STATUS_MOVES.ACTIVE).toEqual(['AT_RISK', 'ACHIEVED', 'ABANDONED']);
    expect(STATUS_MOVES.ACHIEVED).toEqual(['ACTIVE']);
  });
});

describe('formatNumber', () => {
  it('drops trailing zeros and groups thousands', () => {
    expect(formatNumber(12.4)).toBe('12.4');
    expect(formatNumber(10)).toBe('10');
    expect(formatNumber(1200.5)).toBe('1,200.5');
  });
});
