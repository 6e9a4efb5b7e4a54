import { useId } from 'react';
import { GROUP_LABELS, INFLUENCE_LABELS, INFLUENCE_LEVELS, stakeholderMap } from './labels.ts';
import type { StakeholderCard } from './queries.ts';

/**
 * Who matters how much, at a glance: a table with a row per group and a column per level
 * of influence, each person in their cell. Suggested people are marked as such.
 */
export function StakeholderMap({ people }: { people: readonly StakeholderCard[] }) {
  const captionId = useId();
  const rows = stakeholderMap(people);
  return (
    <div className="table-scroll map-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table stakeholder-map">
        <caption id={captionId} className="visually-hidden">
          Stakeholder map: people by group (rows) and influence on decisions, 1 to 5 (columns)
        </caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            {INFLUENCE_LEVELS.map((level) => (
              <th scope="col" key={level} className="map-level">
                <span className="map-level-number">{level}</span>
                <span className="map-level-label">{INFLUENCE_LABELS[level]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.group}>
              <th scope="row">{GROUP_LABELS[row.group]}</th>
              {row.cells.map((cell, index) => (
                <td key={index} className={cell.length ? 'map-cell map-cell-filled' : 'map-cell'}>
                  {cell.length > 0 && (
                    <ul className="map-people">
                      {cell.map((person) => (
                        <li
                          key={person.id}
                          className={person.status === 'PROPOSED' ? 'map-person suggested' : 'map-person'}
                        >
                          {person.name}
                          {person.status === 'PROPOSED' && <span className="map-person-note"> (suggested)</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
