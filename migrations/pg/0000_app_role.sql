-- The role the Worker's queries run as. NOLOGIN: each environment grants it to the login
-- role Hyperdrive uses (see scripts/postgres.ts and docs/architecture.md), which must be
-- neither the tables' owner nor a superuser, so row level security always applies.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vitrine_app') THEN
    CREATE ROLE vitrine_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;
