import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications, and the door from a request's transaction into the job queue.
 *
 * A notification belongs to the account it is about (null: provider-level) and to one
 * recipient, who alone reads it; anyone acting in that account may write one for someone
 * else there (a CSM notifying the customer's admins, say). `dedupe_key` makes a
 * notification at most once per recipient: a job that runs again sends nothing new.
 *
 * The job queue (graphile-worker) keeps its own schema, migrated after these migrations
 * by the owner. The application role reaches it only through enqueue_job, which runs as
 * the owner: a job is added in the caller's transaction, so it exists exactly when the
 * change that asked for it commits.
 */
export class Notifications20261202000000 implements MigrationInterface {
  name = 'Notifications20261202000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        account_id uuid REFERENCES accounts (id),
        recipient_user_id uuid NOT NULL REFERENCES users (id),
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        link text,
        dedupe_key text,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        read_at timestamptz(3),
        CONSTRAINT notifications_account_id_id_key UNIQUE (account_id, id),
        CONSTRAINT notifications_kind_check CHECK (kind ~ '^[a-z][a-z_.]{0,79}$'),
        CONSTRAINT notifications_title_check CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        CONSTRAINT notifications_body_check CHECK (length(body) <= 2000),
        CONSTRAINT notifications_link_check CHECK (link IS NULL OR (link LIKE '/%' AND link NOT LIKE '//%'))
      );
      CREATE INDEX notifications_recipient_idx ON notifications (recipient_user_id, created_at DESC, id DESC);
      CREATE INDEX notifications_unread_idx ON notifications (recipient_user_id) WHERE read_at IS NULL;
      CREATE UNIQUE INDEX notifications_dedupe_key ON notifications (recipient_user_id, dedupe_key)
        WHERE dedupe_key IS NOT NULL;

      ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
      -- Read and marked read by their recipient only, and only while the account is in scope.
      CREATE POLICY notifications_select ON notifications FOR SELECT USING (
        recipient_user_id = ascent_private.current_user_id()
        AND (account_id IS NULL OR ascent_private.can_see_account(account_id))
        OR ascent_private.all_accounts() AND ascent_private.current_user_id() IS NULL
      );
      CREATE POLICY notifications_insert ON notifications FOR INSERT WITH CHECK (
        ascent_private.can_see_account(account_id)
        OR (account_id IS NULL AND ascent_private.current_user_id() IS NOT NULL)
      );
      CREATE POLICY notifications_update ON notifications FOR UPDATE
        USING (recipient_user_id = ascent_private.current_user_id());
      GRANT SELECT, INSERT, UPDATE (read_at) ON notifications TO ascent_app;

      -- Writes notifications for others and says who got one now: an INSERT … RETURNING by the
      -- app role would need to read rows meant for someone else. Same scope rule as the policy.
      CREATE FUNCTION ascent_private.send_notifications(in_account uuid, in_recipients uuid[], in_kind text,
                                                        in_title text, in_body text, in_link text, in_dedupe_key text)
        RETURNS SETOF uuid
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
        BEGIN
          IF NOT (ascent_private.can_see_account(in_account)
                  OR (in_account IS NULL AND ascent_private.current_user_id() IS NOT NULL)) THEN
            RAISE EXCEPTION 'notifications about an account out of scope' USING ERRCODE = '42501';
          END IF;
          RETURN QUERY
            INSERT INTO notifications AS n (id, account_id, recipient_user_id, kind, title, body, link, dedupe_key)
            SELECT gen_random_uuid(), in_account, recipient, in_kind, in_title, in_body, in_link, in_dedupe_key
              FROM unnest(in_recipients) AS recipient
            ON CONFLICT (recipient_user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
            RETURNING n.recipient_user_id;
        END
        $fn$;
      REVOKE ALL ON FUNCTION ascent_private.send_notifications(uuid, uuid[], text, text, text, text, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION ascent_private.send_notifications(uuid, uuid[], text, text, text, text, text)
        TO ascent_app;

      -- plpgsql resolves graphile_worker.add_job when called, after the queue's own migrations.
      CREATE FUNCTION ascent_private.enqueue_job(task text, payload json, run_at timestamptz, job_key text,
                                                 max_attempts integer)
        RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
        BEGIN
          PERFORM graphile_worker.add_job(task, payload, run_at => run_at, job_key => job_key,
                                          max_attempts => max_attempts);
        END
        $fn$;
      REVOKE ALL ON FUNCTION ascent_private.enqueue_job(text, json, timestamptz, text, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION ascent_private.enqueue_job(text, json, timestamptz, text, integer) TO ascent_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION ascent_private.send_notifications(uuid, uuid[], text, text, text, text, text);
      DROP FUNCTION ascent_private.enqueue_job(text, json, timestamptz, text, integer);
      DROP TABLE notifications;
    `);
  }
}
