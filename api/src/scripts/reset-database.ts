import { rm } from 'node:fs/promises';
import { loadConfig } from '../platform/config.js';

/** Deletes the embedded database's files; the next start creates and seeds it anew. */
const config = loadConfig();
if (config.DATABASE_URL) {
  console.error(
    'DATABASE_URL is set: this command only resets the embedded database. Drop and recreate your database yourself.',
  );
  process.exit(1);
}
await rm(config.EMBEDDED_DATABASE_DIR, { recursive: true, force: true });
console.log(`Removed ${config.EMBEDDED_DATABASE_DIR}. The next start creates a fresh database with demo data.`);
