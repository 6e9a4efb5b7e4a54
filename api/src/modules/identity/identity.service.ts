import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  decoyPasswordHash,
  hashPassword,
  newSecretToken,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  SESSION_COOKIE,
  verifyPassword,
} from '../../platform/auth.js';
import type { RequestContext } from '../../platform/context.js';
import { AppError, ErrorCode, UserError } from '../../platform/errors.js';
import { MembershipEntity, type MemberRole } from './membership.entity.js';
import { userById } from './identity.loaders.js';
import { UserEntity } from './user.entity.js';

/** Sign-in throttling: failures allowed per window, per email and per client address. */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const SIGN_IN_MAX_FAILURES_PER_EMAIL = 5;
export const SIGN_IN_MAX_FAILURES_PER_ADDRESS = 30;

const INVALID_CREDENTIALS = 'That email and password do not match an account.';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Email is too long.')
  .pipe(z.email('Enter a valid email address.'));

export const personNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(200, 'A name can be at most 200 characters.');

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

export class IdentityService {
  constructor(private readonly ctx: RequestContext) {}

  /** Checks a password, throttling repeated failures, and opens a session (cookie). */
  async signIn(emailInput: string, password: string): Promise<{ user: UserEntity | null; errors: UserError[] }> {
    const email = emailInput.trim().toLowerCase();
    const buckets = [`email:${email}`, `address:${this.ctx.clientAddress}`];
    await this.assertNotThrottled(buckets);

    const rows: Array<{ user_id: string; password_hash: string }> = await this.ctx.manager.query(
      'SELECT * FROM ascent_private.sign_in_lookup($1)',
      [email],
    );
    const account = rows[0];
    const passwordMatches = await verifyPassword(account?.password_hash ?? (await decoyPasswordHash()), password);
    if (!account || !passwordMatches) {
      await this.recordFailure(buckets);
      return { user: null, errors: [UserError.of('INVALID_CREDENTIALS', INVALID_CREDENTIALS, 'password')] };
    }
    await this.ctx.manager.query('DELETE FROM sign_in_failures WHERE bucket = $1', [buckets[0]]);
    await this.startSession(account.user_id);
    return { user: await this.ctx.manager.findOneByOrFail(UserEntity, { id: account.user_id }), errors: [] };
  }

  /** Creates a session for the user, sets the cookie, and scopes this request to them. */
  async startSession(userId: string): Promise<void> {
    const { token, tokenHash } = newSecretToken();
    const ttlHours = this.ctx.config.SESSION_TTL_HOURS;
    const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
    await this.ctx.manager.query('SELECT ascent_private.create_session($1, $2, $3, $4)', [
      randomUUID(),
      userId,
      tokenHash,
      expiresAt,
    ]);
    await this.ctx.authenticate(tokenHash);
    this.ctx.reply?.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.ctx.config.secureCookies,
      expires: expiresAt,
    });
  }

  async signOut(): Promise<void> {
    if (this.ctx.caller) {
      await this.ctx.manager.query('SELECT ascent_private.end_session($1)', [this.ctx.caller.sessionTokenHash]);
    }
    this.ctx.reply?.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  private async assertNotThrottled(buckets: string[]): Promise<void> {
    const rows: Array<{ bucket: string; failures: number }> = await this.ctx.manager.query(
      `SELECT bucket, failures FROM sign_in_failures
        WHERE bucket = ANY($1) AND window_started_at > now() - make_interval(mins => $2)`,
      [buckets, SIGN_IN_WINDOW_MINUTES],
    );
    const limited = rows.some((row) =>
      row.bucket.startsWith('email:')
        ? row.failures >= SIGN_IN_MAX_FAILURES_PER_EMAIL
        : row.failures >= SIGN_IN_MAX_FAILURES_PER_ADDRESS,
    );
    if (limited) {
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        `Too many failed sign-ins. Wait ${SIGN_IN_WINDOW_MINUTES} minutes and try again.`,
        { retryAfterSeconds: SIGN_IN_WINDOW_MINUTES * 60 },
      );
    }
  }

  /**
   * Counted in the request's transaction, which commits: a failed sign-in is an answer,
   * not an error. (A second connection per sign-in would exhaust the pool under load.)
   */
  private async recordFailure(buckets: string[]): Promise<void> {
    await this.ctx.manager.query(
      `INSERT INTO sign_in_failures (bucket, failures, window_started_at)
         SELECT unnest($1::text[]), 1, now()
       ON CONFLICT (bucket) DO UPDATE SET
         failures = CASE WHEN sign_in_failures.window_started_at > now() - make_interval(mins => $2)
                         THEN sign_in_failures.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN sign_in_failures.window_started_at > now() - make_interval(mins => $2)
                         THEN sign_in_failures.window_started_at ELSE now() END`,
      [buckets, SIGN_IN_WINDOW_MINUTES],
    );
  }

  async createUserWithId(id: string, input: { email: string; name: string; password: string }): Promise<UserEntity> {
    const user = this.ctx.manager.create(UserEntity, {
      id,
      email: input.email,
      name: input.name,
      passwordHash: await hashPassword(input.password),
    });
    await this.ctx.manager.insert(UserEntity, user);
    return this.ctx.manager.findOneByOrFail(UserEntity, { id: user.id });
  }

  async addMembership(userId: string, accountId: string | null, role: MemberRole): Promise<MembershipEntity> {
    const membership = this.ctx.manager.create(MembershipEntity, {
      id: randomUUID(),
      userId,
      accountId,
      role,
      createdAt: new Date(),
    });
    await this.ctx.manager.insert(MembershipEntity, membership);
    return membership;
  }

  async emailInUse(email: string): Promise<boolean> {
    const rows: Array<{ in_use: boolean }> = await this.ctx.manager.query(
      'SELECT ascent_private.email_in_use($1) AS in_use',
      [email],
    );
    return rows[0]?.in_use ?? false;
  }

  /** A user by id, batched per request; null when the caller may not see them. */
  userById(id: string): Promise<UserEntity | null> {
    const loader = userById(this.ctx);
    // The caller's own record came with authentication: no need to read it again.
    const caller = this.ctx.caller;
    if (caller?.userId === id) {
      loader.prime(
        id,
        Object.assign(new UserEntity(), {
          id,
          name: caller.userName,
          email: caller.userEmail,
          createdAt: caller.userCreatedAt,
        }),
      );
    }
    return loader.load(id);
  }

  membershipById(id: string): Promise<MembershipEntity | null> {
    return this.ctx.manager.findOneBy(MembershipEntity, { id });
  }

  membershipsQuery() {
    return this.ctx.manager.createQueryBuilder(MembershipEntity, 'membership');
  }

  async saveMembershipRole(membership: MembershipEntity, role: MemberRole): Promise<void> {
    await this.ctx.manager.update(MembershipEntity, { id: membership.id }, { role });
  }

  /** The ids of an account's people with one of these roles, oldest member first. */
  async accountUserIds(accountId: string, roles: MemberRole[]): Promise<string[]> {
    const rows = await this.ctx.manager.find(MembershipEntity, {
      select: { userId: true },
      where: roles.map((role) => ({ accountId, role })),
      order: { createdAt: 'ASC' },
    });
    return rows.map((row) => row.userId);
  }

  async countAdmins(accountId: string): Promise<number> {
    return this.ctx.manager.countBy(MembershipEntity, { accountId, role: 'CUSTOMER_ADMIN' });
  }
}
