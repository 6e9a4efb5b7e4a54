import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation: identity, accounts, invitations, change log, outbox, sign-in throttling.
 *
 * Tenant rows carry account_id and are guarded by row-level security. The application
 * connects as `ascent_app`, which owns nothing; the caller's scope is set per transaction:
 *   app.user_id       the signed-in user
 *   app.account_ids   comma-separated account ids the caller may see
 *   app.all_accounts  'on' for provider admins (and the system's own jobs)
 * With none of these set, every policy matches nothing.
 * Rows with a null account_id are provider-level (staff memberships and invitations).
 */
export class Foundation20261122000000 implements MigrationInterface {
  name = 'Foundation20261122000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ascent_app') THEN
          CREATE ROLE ascent_app NOLOGIN;
        END IF;
      END $$;

      CREATE SCHEMA ascent_private;
      REVOKE ALL ON SCHEMA ascent_private FROM PUBLIC;
      GRANT USAGE ON SCHEMA ascent_private TO ascent_app;
      GRANT USAGE ON SCHEMA public TO ascent_app;

      CREATE FUNCTION ascent_private.visible_account_ids() RETURNS uuid[]
        LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
          SELECT string_to_array(nullif(current_setting('app.account_ids', true), ''), ',')::uuid[]
        $fn$;
      CREATE FUNCTION ascent_private.all_accounts() RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
          SELECT coalesce(current_setting('app.all_accounts', true), '') = 'on'
        $fn$;
      CREATE FUNCTION ascent_private.current_user_id() RETURNS uuid
        LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
          SELECT nullif(current_setting('app.user_id', true), '')::uuid
        $fn$;
      CREATE FUNCTION ascent_private.can_see_account(target uuid) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
          SELECT CASE
            WHEN target IS NULL THEN ascent_private.all_accounts()
            ELSE ascent_private.all_accounts() OR target = ANY (ascent_private.visible_account_ids())
          END
        $fn$;
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ascent_private TO ascent_app;

      CREATE TABLE accounts (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        journey_phase text NOT NULL DEFAULT 'TRIGGER'
          CHECK (journey_phase IN ('TRIGGER','ORIENTATION','PURCHASE','IMPLEMENTATION','EVALUATION')),
        csm_user_id uuid,
        renewal_date date,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX accounts_name_key ON accounts (lower(name));
      CREATE INDEX accounts_csm_user_id_idx ON accounts (csm_user_id);

      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text NOT NULL CHECK (email = lower(email) AND position('@' IN email) > 1),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        password_hash text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (email);
      ALTER TABLE accounts ADD CONSTRAINT accounts_csm_user_id_fkey
        FOREIGN KEY (csm_user_id) REFERENCES users (id);

      -- One membership per user: a customer user belongs to exactly one account,
      -- provider staff belong to the provider (account_id null).
      CREATE TABLE memberships (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id),
        account_id uuid REFERENCES accounts (id),
        role text NOT NULL CHECK (role IN ('CUSTOMER_ADMIN','CUSTOMER_MEMBER','CSM','PROVIDER_ADMIN')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT memberships_role_matches_side CHECK (
          (account_id IS NULL AND role IN ('CSM','PROVIDER_ADMIN'))
          OR (account_id IS NOT NULL AND role IN ('CUSTOMER_ADMIN','CUSTOMER_MEMBER'))
        )
      );
      CREATE UNIQUE INDEX memberships_user_id_key ON memberships (user_id);
      CREATE INDEX memberships_account_id_idx ON memberships (account_id, created_at, id);

      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL
      );
      CREATE INDEX sessions_user_id_idx ON sessions (user_id);

      CREATE TABLE invitations (
        id uuid PRIMARY KEY,
        account_id uuid REFERENCES accounts (id),
        email text NOT NULL CHECK (email = lower(email)),
        role text NOT NULL CHECK (role IN ('CUSTOMER_ADMIN','CUSTOMER_MEMBER','CSM','PROVIDER_ADMIN')),
        token_hash text NOT NULL UNIQUE,
        invited_by_user_id uuid NOT NULL REFERENCES users (id),
        invited_by_name text NOT NULL,
        expires_at timestamptz(3) NOT NULL,
        accepted_at timestamptz(3),
        accepted_user_id uuid REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT invitations_role_matches_side CHECK (
          (account_id IS NULL AND role IN ('CSM','PROVIDER_ADMIN'))
          OR (account_id IS NOT NULL AND role IN ('CUSTOMER_ADMIN','CUSTOMER_MEMBER'))
        )
      );
      CREATE INDEX invitations_account_id_idx ON invitations (account_id, created_at, id);

      CREATE TABLE change_log_entries (
        id uuid PRIMARY KEY,
        account_id uuid REFERENCES accounts (id),
        actor_user_id uuid REFERENCES users (id),
        actor_name text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        changes jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX change_log_entries_account_idx ON change_log_entries (account_id, created_at DESC, id DESC);

      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY,
        account_id uuid REFERENCES accounts (id),
        to_email text NOT NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SENT','HELD','FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        next_attempt_at timestamptz(3) NOT NULL DEFAULT now(),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        delivered_at timestamptz(3)
      );
      CREATE INDEX outbox_messages_pending_idx ON outbox_messages (next_attempt_at) WHERE status = 'PENDING';
      CREATE INDEX outbox_messages_account_idx ON outbox_messages (account_id, created_at DESC, id DESC);

      CREATE TABLE sign_in_failures (
        bucket text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz(3) NOT NULL
      );

      -- Row-level security --------------------------------------------------
      ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
      CREATE POLICY accounts_visible ON accounts
        USING (ascent_private.can_see_account(id));

      ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
      CREATE POLICY memberships_visible ON memberships
        USING (ascent_private.can_see_account(account_id) OR user_id = ascent_private.current_user_id());

      ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
      CREATE POLICY invitations_visible ON invitations
        USING (ascent_private.can_see_account(account_id));

      ALTER TABLE change_log_entries ENABLE ROW LEVEL SECURITY;
      CREATE POLICY change_log_entries_visible ON change_log_entries
        USING (ascent_private.can_see_account(account_id));

      ALTER TABLE outbox_messages ENABLE ROW LEVEL SECURITY;
      CREATE POLICY outbox_messages_visible ON outbox_messages
        USING (ascent_private.can_see_account(account_id));

      -- A user is visible to themself, to provider admins, to people who share an
      -- account with them, and as the CSM of an account the caller can see.
      ALTER TABLE users ENABLE ROW LEVEL SECURITY;
      CREATE POLICY users_select ON users FOR SELECT USING (
        id = ascent_private.current_user_id()
        OR ascent_private.all_accounts()
        OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.account_id IS NOT NULL)
        OR EXISTS (SELECT 1 FROM accounts a WHERE a.csm_user_id = users.id)
      );
      -- New users arrive only through an accepted invitation, checked by the service.
      CREATE POLICY users_insert ON users FOR INSERT WITH CHECK (true);
      CREATE POLICY users_update ON users FOR UPDATE
        USING (id = ascent_private.current_user_id() OR ascent_private.all_accounts());

      -- The application role: data access, but no DDL and an append-only change log.
      GRANT SELECT, INSERT, UPDATE ON accounts, users, memberships, invitations, outbox_messages TO ascent_app;
      GRANT DELETE ON memberships, invitations TO ascent_app;
      GRANT SELECT, INSERT ON change_log_entries TO ascent_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_failures TO ascent_app;

      -- Sessions are reached only through these functions, which run as the owner:
      -- they are needed before the caller's scope is known.
      CREATE FUNCTION ascent_private.sign_in_lookup(candidate_email text)
        RETURNS TABLE (user_id uuid, password_hash text)
        LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
          SELECT u.id, u.password_hash FROM users u WHERE u.email = lower(candidate_email)
        $fn$;

      CREATE FUNCTION ascent_private.create_session(session_id uuid, for_user uuid, hashed_token text, expires timestamptz)
        RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
          INSERT INTO sessions (id, user_id, token_hash, expires_at) VALUES (session_id, for_user, hashed_token, expires);
          DELETE FROM sessions WHERE user_id = for_user AND expires_at < now();
        $fn$;

      CREATE FUNCTION ascent_private.end_session(hashed_token text)
        RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
          DELETE FROM sessions WHERE token_hash = hashed_token
        $fn$;

      -- Resolves a session token to its caller and sets the caller's scope for the
      -- rest of the transaction. Returns no row for an unknown or expired token.
      CREATE FUNCTION ascent_private.authenticate(hashed_token text)
        RETURNS TABLE (user_id uuid, user_name text, user_email text, user_created_at timestamptz,
                       role text, account_id uuid, account_ids uuid[])
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
        DECLARE
          caller record;
          scope uuid[];
        BEGIN
          SELECT u.id, u.name, u.email, u.created_at, m.role, m.account_id INTO caller
            FROM sessions s
            JOIN users u ON u.id = s.user_id
            JOIN memberships m ON m.user_id = u.id
           WHERE s.token_hash = hashed_token AND s.expires_at > now();
          IF NOT FOUND THEN
            RETURN;
          END IF;
          IF caller.role = 'CSM' THEN
            SELECT coalesce(array_agg(a.id), '{}') INTO scope FROM accounts a WHERE a.csm_user_id = caller.id;
          ELSIF caller.account_id IS NOT NULL THEN
            scope := ARRAY[caller.account_id];
          ELSE
            scope := '{}';
          END IF;
          PERFORM set_config('app.user_id', caller.id::text, true);
          PERFORM set_config('app.account_ids', array_to_string(scope, ','), true);
          PERFORM set_config('app.all_accounts', CASE WHEN caller.role = 'PROVIDER_ADMIN' THEN 'on' ELSE 'off' END, true);
          RETURN QUERY SELECT caller.id, caller.name, caller.email, caller.created_at, caller.role, caller.account_id, scope;
        END
        $fn$;

      CREATE FUNCTION ascent_private.invitation_by_token(hashed_token text)
        RETURNS TABLE (id uuid, account_id uuid, account_name text, email text, role text,
                       invited_by_name text, expires_at timestamptz, accepted_at timestamptz)
        LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
          SELECT i.id, i.account_id, a.name, i.email, i.role, i.invited_by_name, i.expires_at, i.accepted_at
            FROM invitations i LEFT JOIN accounts a ON a.id = i.account_id
           WHERE i.token_hash = hashed_token
        $fn$;

      -- Whether an email is taken, without revealing whose it is.
      CREATE FUNCTION ascent_private.email_in_use(candidate_email text) RETURNS boolean
        LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
          SELECT EXISTS (SELECT 1 FROM users WHERE email = lower(candidate_email))
        $fn$;

      REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ascent_private FROM PUBLIC;
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ascent_private TO ascent_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- CASCADE: the users policy refers to memberships and accounts; all go together.
      DROP TABLE sign_in_failures, outbox_messages, change_log_entries, invitations, sessions,
                 memberships, users, accounts CASCADE;
      DROP SCHEMA ascent_private CASCADE;
      REVOKE USAGE ON SCHEMA public FROM ascent_app;
    `);
  }
}
