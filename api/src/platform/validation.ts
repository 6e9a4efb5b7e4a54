import type { z } from 'zod';
import { UserError, UserErrorsException } from './errors.js';

/**
 * Collects every problem with a mutation's input before failing, so that a form can show
 * them all at once; each names its field.
 */
export class InputCheck {
  readonly errors: UserError[] = [];

  /** The parsed value, or undefined after recording the schema's first message. */
  parse<T>(schema: z.ZodType<T>, value: unknown, field: string, code = 'INVALID'): T | undefined {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    this.add(code, parsed.error.issues[0]!.message, field);
    return undefined;
  }

  add(code: string, message: string, field: string | null = null): void {
    this.errors.push(UserError.of(code, message, field));
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  throwIfAny(): void {
    if (this.errors.length) throw new UserErrorsException(this.errors);
  }
}

/** Fails the mutation with one user error. */
export function fail(code: string, message: string, field: string | null = null): never {
  throw new UserErrorsException([UserError.of(code, message, field)]);
}

/** The fields that were given: leaves out the undefined ones, so an update touches only those. */
export function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
