import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../platform/config.js';
import { printAppSchema } from '../platform/schema.js';

/** Rewrites schema/schema.graphql from the code; commit the result. */
const target = path.join(repositoryRoot, 'schema', 'schema.graphql');
writeFileSync(target, printAppSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
