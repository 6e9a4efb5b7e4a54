import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The folder holding pnpm-workspace.yaml, whether this runs from src/ (tsx, vitest) or dist/ (node). */
export const repositoryRoot = findRepositoryRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRepositoryRoot(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'pnpm-workspace.yaml'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`No pnpm-workspace.yaml above ${start}`);
  }
}

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  APP_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  EMBEDDED_DATABASE_DIR: z
    .string()
    .min(1)
    .default(path.join(repositoryRoot, '.data', 'postgres')),
  EMBEDDED_DATABASE_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Ascent <no-reply@ascent.local>'),
  PUBLIC_URL: z.string().url().optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 14),
  INVITATION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  SECURE_COOKIES: booleanFlag.optional(),
  TRUST_PROXY: booleanFlag.default(false),
  DEMO_DATA: booleanFlag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_QUERY_COST: z.coerce.number().int().positive().default(20000),
  MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(10),
  MAX_QUERY_ALIASES: z.coerce.number().int().positive().default(15),
  MAX_QUERY_TOKENS: z.coerce.number().int().positive().default(2000),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1024),
  JOB_POLL_MS: z.coerce.number().int().positive().default(2000),
  PORTAL_DIST_DIR: z.string().default(path.join(repositoryRoot, 'portal', 'dist')),
});

export type Config = z.infer<typeof configSchema> & {
  isProduction: boolean;
  isDevelopment: boolean;
  publicUrl: string;
  secureCookies: boolean;
};

/** Parses settings from the environment; throws one line naming every wrong setting. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const settings = parsed.data;
  const isProduction = settings.NODE_ENV === 'production';
  return {
    ...settings,
    isProduction,
    isDevelopment: settings.NODE_ENV === 'development',
    publicUrl: settings.PUBLIC_URL ?? `http://localhost:${settings.PORT}`,
    secureCookies: settings.SECURE_COOKIES ?? settings.PUBLIC_URL?.startsWith('https://') ?? false,
  };
}

export class ConfigError extends Error {}
