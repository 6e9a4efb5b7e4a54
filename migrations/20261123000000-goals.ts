import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Goals: metric definitions, stakeholders, goals and their measures, endorsements and
 * conflicts. Every tenant table keys on (account_id, id) and its foreign keys include
 * account_id, so a row can only point at rows of its own account. Metric templates are
 * provider-level rows (account_id null), readable by every signed-in caller.
 */
export class Goals20261123000000 implements MigrationInterface {
  name = 'Goals20261123000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE metric_definitions (
        id uuid PRIMARY KEY,
        account_id uuid REFERENCES accounts (id),
        template_id uuid REFERENCES metric_definitions (id),
        key text NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        unit text NOT NULL,
        direction text NOT NULL,
        kind text NOT NULL,
        indicator text NOT NULL,
        aggregation text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT metric_definitions_account_id_id_key UNIQUE (account_id, id),
        CONSTRAINT metric_definitions_key_check CHECK (key ~ '^[a-z][a-z0-9_]{0,62}$'),
        CONSTRAINT metric_definitions_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        CONSTRAINT metric_definitions_unit_check CHECK (length(unit) <= 40),
        CONSTRAINT metric_definitions_direction_check CHECK (direction IN ('HIGHER_IS_BETTER','LOWER_IS_BETTER')),
        CONSTRAINT metric_definitions_kind_check CHECK (kind IN ('MONETARY','OPERATIONAL','BEHAVIORAL','PERCEPTUAL')),
        CONSTRAINT metric_definitions_indicator_check CHECK (indicator IN ('LEADING','LAGGING')),
        CONSTRAINT metric_definitions_aggregation_check CHECK (aggregation IN ('SUM','AVG','LAST')),
        CONSTRAINT metric_definitions_template_check CHECK (template_id IS NULL OR account_id IS NOT NULL)
      );
      CREATE UNIQUE INDEX metric_definitions_template_key ON metric_definitions (key) WHERE account_id IS NULL;
      CREATE UNIQUE INDEX metric_definitions_account_key ON metric_definitions (account_id, key)
        WHERE account_id IS NOT NULL;

      CREATE TABLE stakeholders (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts (id),
        name text NOT NULL,
        title text NOT NULL DEFAULT '',
        stakeholder_group text NOT NULL,
        centres text[] NOT NULL,
        influence integer NOT NULL,
        user_id uuid REFERENCES users (id),
        status text NOT NULL,
        status_reason text,
        proposed_by_name text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT stakeholders_account_id_id_key UNIQUE (account_id, id),
        CONSTRAINT stakeholders_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        CONSTRAINT stakeholders_title_check CHECK (length(title) <= 200),
        CONSTRAINT stakeholders_group_check CHECK (stakeholder_group IN
          ('MANAGEMENT','FRONT_LINE','IT','PROCUREMENT','END_CUSTOMER','OTHER_SUPPLIER')),
        CONSTRAINT stakeholders_centres_check CHECK (cardinality(centres) BETWEEN 1 AND 2
          AND centres <@ ARRAY['BUYING','USAGE']::text[]),
        CONSTRAINT stakeholders_influence_check CHECK (influence BETWEEN 1 AND 5),
        CONSTRAINT stakeholders_status_check CHECK (status IN ('PROPOSED','ACTIVE','DECLINED','ARCHIVED'))
      );
      CREATE INDEX stakeholders_account_idx ON stakeholders (account_id, created_at, id);
      -- A user is at most one (live) stakeholder of their account.
      CREATE UNIQUE INDEX stakeholders_user_key ON stakeholders (account_id, user_id)
        WHERE user_id IS NOT NULL AND status IN ('PROPOSED','ACTIVE');

      CREATE TABLE goals (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts (id),
        parent_id uuid,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        level text NOT NULL,
        categories text[] NOT NULL,
        dimensions text[] NOT NULL DEFAULT '{}',
        owner_stakeholder_id uuid,
        status text NOT NULL,
        status_reason text,
        proposed_by_name text,
        created_by_user_id uuid REFERENCES users (id),
        achieved_at timestamptz(3),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT goals_account_id_id_key UNIQUE (account_id, id),
        CONSTRAINT goals_parent_fkey FOREIGN KEY (account_id, parent_id) REFERENCES goals (account_id, id),
        CONSTRAINT goals_owner_fkey FOREIGN KEY (account_id, owner_stakeholder_id)
          REFERENCES stakeholders (account_id, id),
        CONSTRAINT goals_title_check CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        CONSTRAINT goals_description_check CHECK (length(description) <= 5000),
        CONSTRAINT goals_level_check CHECK (level IN ('COLLECTIVE','INDIVIDUAL')),
        CONSTRAINT goals_categories_check CHECK (cardinality(categories) BETWEEN 1 AND 3
          AND categories <@ ARRAY['RELIEVING','ENABLING','ENRICHING']::text[]),
        CONSTRAINT goals_dimensions_check CHECK (dimensions <@ ARRAY['FINANCIAL','OPERATIONAL','SOCIAL','STRATEGIC']::text[]),
        CONSTRAINT goals_status_check CHECK (status IN ('PROPOSED','ACTIVE','AT_RISK','ACHIEVED','ABANDONED','DECLINED')),
        CONSTRAINT goals_individual_owner_check CHECK (level <> 'INDIVIDUAL' OR owner_stakeholder_id IS NOT NULL),
        CONSTRAINT goals_not_own_parent_check CHECK (parent_id IS NULL OR parent_id <> id)
      );
      CREATE INDEX goals_account_idx ON goals (account_id, created_at, id);
      CREATE INDEX goals_parent_idx ON goals (account_id, parent_id);
      CREATE INDEX goals_owner_idx ON goals (account_id, owner_stakeholder_id);

      CREATE TABLE goal_measures (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts (id),
        goal_id uuid NOT NULL,
        metric_definition_id uuid NOT NULL,
        baseline double precision NOT NULL,
        target double precision NOT NULL,
        due_date date,
        ambition text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT goal_measures_account_id_id_key UNIQUE (account_id, id),
        CONSTRAINT goal_measures_goal_key UNIQUE (account_id, goal_id),
        CONSTRAINT goal_measures_goal_fkey FOREIGN KEY (account_id, goal_id) REFERENCES goals (account_id, id),
        CONSTRAINT goal_measures_metric_fkey FOREIGN KEY (account_id, metric_definition_id)
          REFERENCES metric_definitions (account_id, id),
        CONSTRAINT goal_measures_finite_check CHECK (
          baseline NOT IN ('NaN','Infinity','-Infinity') AND target NOT IN ('NaN','Infinity','-Infinity')),
        CONSTRAINT goal_measures_ambition_check CHECK (ambition IN ('GOOD_ENOUGH','EXCEPTIONAL'))
      );
      CREATE INDEX goal_measures_metric_idx ON goal_measures (account_id, metric_definition_id);

      CREATE TABLE goal_endorsements (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts (id),
        goal_id uuid NOT NULL,
        stakeholder_id uuid NOT NULL,
        endorsed_by_name text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT goal_endorsements_account_id_id_key UNIQUE (account_id, id),
        CONSTRAINT goal_endorsements_goal_stakeholder_key UNIQUE (account_id, goal_id, stakeholder_id),
        CONSTRAINT goal_endorsements_goal_fkey FOREIGN KEY (account_id, goal_id) REFERENCES goals (account_id, id),
        CONSTRAINT goal_endorsements_stakeholder_fkey FOREIGN KEY (account_id, stakeholder_id)
          REFERENCES stakeholders (account_id, id)
      );
      CREATE INDEX goal_endorsements_stakeholder_idx ON goal_endorsements (account_id, stakeholder_id);

      CREATE TABLE goal_conflicts (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts (id),
        goal_a_id uuid NOT NULL,
        goal_b_id uuid NOT NULL,
        description text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN',
        handling text,
        prioritized_goal_id uuid,
        resolution_note text,
        raised_by_name text NOT NULL,
        resolved_by_name text,
        resolved_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT goal_conflicts_account_id_id_key UNIQUE (account_id, id),
        CONSTRAINT goal_conflicts_goal_a_fkey FOREIGN KEY (account_id, goal_a_id) REFERENCES goals (account_id, id),
        CONSTRAINT goal_conflicts_goal_b_fkey FOREIGN KEY (account_id, goal_b_id) REFERENCES goals (account_id, id),
        CONSTRAINT goal_conflicts_distinct_check CHECK (goal_a_id <> goal_b_id),
        CONSTRAINT goal_conflicts_description_check CHECK (length(btrim(description)) BETWEEN 1 AND 2000),
        CONSTRAINT goal_conflicts_status_check CHECK (status IN ('OPEN','RESOLVED')),
        CONSTRAINT goal_conflicts_handling_check CHECK (handling IN ('PRIORITIZE','SYMBIOTIC','PARALLEL','PARTITION')),
        CONSTRAINT goal_conflicts_resolved_check CHECK (status = 'OPEN' OR handling IS NOT NULL),
        CONSTRAINT goal_conflicts_prioritized_check CHECK (
          (handling = 'PRIORITIZE') = (prioritized_goal_id IS NOT NULL)
          AND (prioritized_goal_id IS NULL OR prioritized_goal_id IN (goal_a_id, goal_b_id)))
      );
      CREATE INDEX goal_conflicts_goal_a_idx ON goal_conflicts (account_id, goal_a_id);
      CREATE INDEX goal_conflicts_goal_b_idx ON goal_conflicts (account_id, goal_b_id);
      -- One open conflict per pair of goals, whichever way round it was raised.
      CREATE UNIQUE INDEX goal_conflicts_open_pair_key ON goal_conflicts
        (account_id, least(goal_a_id, goal_b_id), greatest(goal_a_id, goal_b_id)) WHERE status = 'OPEN';

      -- Row-level security --------------------------------------------------
      ALTER TABLE metric_definitions ENABLE ROW LEVEL SECURITY;
      CREATE POLICY metric_definitions_select ON metric_definitions FOR SELECT USING (
        ascent_private.can_see_account(account_id)
        OR (account_id IS NULL AND ascent_private.current_user_id() IS NOT NULL)
      );
      -- Templates (account_id null) are written at the provider level only.
      CREATE POLICY metric_definitions_insert ON metric_definitions FOR INSERT
        WITH CHECK (ascent_private.can_see_account(account_id));
      CREATE POLICY metric_definitions_update ON metric_definitions FOR UPDATE
        USING (ascent_private.can_see_account(account_id));

      ALTER TABLE stakeholders ENABLE ROW LEVEL SECURITY;
      CREATE POLICY stakeholders_visible ON stakeholders USING (ascent_private.can_see_account(account_id));
      ALTER TABLE goals ENABLE ROW LEVEL SECURITY;
      CREATE POLICY goals_visible ON goals USING (ascent_private.can_see_account(account_id));
      ALTER TABLE goal_measures ENABLE ROW LEVEL SECURITY;
      CREATE POLICY goal_measures_visible ON goal_measures USING (ascent_private.can_see_account(account_id));
      ALTER TABLE goal_endorsements ENABLE ROW LEVEL SECURITY;
      CREATE POLICY goal_endorsements_visible ON goal_endorsements
        USING (ascent_private.can_see_account(account_id));
      ALTER TABLE goal_conflicts ENABLE ROW LEVEL SECURITY;
      CREATE POLICY goal_conflicts_visible ON goal_conflicts USING (ascent_private.can_see_account(account_id));

      GRANT SELECT, INSERT, UPDATE ON metric_definitions, stakeholders, goals, goal_measures, goal_endorsements,
        goal_conflicts TO ascent_app;
      GRANT DELETE ON goal_measures, goal_endorsements TO ascent_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE goal_conflicts, goal_endorsements, goal_measures, goals, stakeholders, metric_definitions;
    `);
  }
}
