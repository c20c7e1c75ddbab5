-- Under row level security Postgres uses an index only for LEAKPROOF operators, and pg_trgm's
-- similarity, LIKE/ILIKE and full-text match are not marked so: every CRM search would read all
-- of the tenant's rows. They raise errors only for a malformed LIKE pattern, and the CRM never
-- uses a row's value as a pattern. Marking needs a superuser: where the migration role is not one
-- (many hosted Postgres services), this says so and the search shapes its SQL for a full pass
-- (worker/modules/crm/search/match-any.ts checks pg_proc once per isolate).
DO $$
DECLARE
  fn text;
BEGIN
  FOREACH fn IN ARRAY ARRAY[
    'similarity_op(text, text)',
    'word_similarity_op(text, text)',
    'word_similarity_commutator_op(text, text)',
    'texticlike(text, text)',
    'textlike(text, text)',
    'ts_match_vq(tsvector, tsquery)'
  ] LOOP
    BEGIN
      EXECUTE format('ALTER FUNCTION %s LEAKPROOF', fn);
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'Could not mark % LEAKPROOF (needs a superuser); CRM search will scan instead of using its indexes', fn;
    END;
  END LOOP;
END $$;
