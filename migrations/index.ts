import { Foundation20261122000000 } from './20261122000000-foundation.js';
import { Goals20261123000000 } from './20261123000000-goals.js';
import { Notifications20261202000000 } from './20261202000000-notifications.js';

/** Every migration, oldest first. Add new ones at the end; never edit a landed one. */
export const migrations = [
  Foundation20261122000000,
  Goals20261123000000,
  Notifications20261202000000,
  // Add new migrations here, one a line.
];
