import { describe, expect, it } from 'vitest';
import { influenceText, stakeholderMap } from './labels.ts';

describe('stakeholderMap', () => {
  it('places each person in the cell of their group and influence, every cell present', () => {
    const map = stakeholderMap([
      { id: 'casey', group: 'MANAGEMENT', influence: 5 },
      { id: 'morgan', group: 'FRONT_LINE', influence: 3 },
      { id: 'rita', group: 'IT', influence: 3 },
      { id: 'paul', group: 'MANAGEMENT', influence: 5 },
    ]);
    expect(map.map((row) => row.group)).toEqual([
      'MANAGEMENT',
      'FRONT_LINE',
      'IT',
      'PROCUREMENT',
      'END_CUSTOMER',
      'OTHER_SUPPLIER',
    ]);
    expect(map.every((row) => row.cells.length === 5)).toBe(true);
    expect(map[0]?.cells[4]?.map((person) => person.id)).toEqual(['casey', 'paul']);
    expect(map[1]?.cells[2]?.map((person) => person.id)).toEqual(['morgan']);
    expect(map[3]?.cells.flat()).toEqual([]);
  });

  it('keeps an out-of-range influence on the map, at the nearest end', () => {
    const map = stakeholderMap([{ id: 'x', group: 'IT', influence: 9 }]);
    expect(map[2]?.cells[4]?.map((person) => person.id)).toEqual(['x']);
  });
});

describe('influenceText', () => {
  it('says the level in words', () => {
    expect(influenceText(4)).toBe('4 of 5: strong');
    expect(influenceText(1)).toBe('1 of 5: little');
  });
});
