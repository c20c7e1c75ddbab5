-- FORCE makes the policies bind the tables' owner too, so a connection that is accidentally
-- the owner still sees only its tenant. The app role gets exactly the rights it uses.
ALTER TABLE contacts FORCE ROW LEVEL SECURITY;
ALTER TABLE pipelines FORCE ROW LEVEL SECURITY;
ALTER TABLE stages FORCE ROW LEVEL SECURITY;
ALTER TABLE activities FORCE ROW LEVEL SECURITY;
ALTER TABLE leads FORCE ROW LEVEL SECURITY;
GRANT USAGE ON SCHEMA public TO vitrine_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON contacts, pipelines, stages, activities, leads TO vitrine_app;
