import type { RequestContext } from './context.js';
import { UserErrorsException, type UserError } from './errors.js';

/**
 * Runs a mutation's service call. User errors come back as a list for the payload, and
 * the request's transaction is rolled back: a failed mutation changes nothing.
 */
export async function runMutation<T>(
  ctx: RequestContext,
  work: () => Promise<T>,
): Promise<{ result: T | null; errors: UserError[] }> {
  try {
    return { result: await work(), errors: [] };
  } catch (error) {
    ctx.rollbackOnly = true;
    if (error instanceof UserErrorsException) return { result: null, errors: error.errors };
    throw error;
  }
}
