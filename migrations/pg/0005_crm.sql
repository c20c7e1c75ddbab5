-- Trigram matching for names, e-mails and phone digits (typos and partial numbers find people).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "companies" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"domain" text,
	"parent_id" text,
	"industry" text,
	"employees" integer,
	"phone" text,
	"website" text,
	"city" text,
	"country" text,
	"owner_user_id" text,
	"branch_id" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(domain, '') || ' ' || coalesce(industry, ''))) STORED
);
--> statement-breakpoint
ALTER TABLE "companies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "contact_companies" (
	"tenant_id" text NOT NULL,
	"contact_id" text NOT NULL,
	"company_id" text NOT NULL,
	"role" text,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_companies_contact_id_company_id_pk" PRIMARY KEY("contact_id","company_id")
);
--> statement-breakpoint
ALTER TABLE "contact_companies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "deal_stage_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"deal_id" text NOT NULL,
	"pipeline_id" text NOT NULL,
	"from_stage_id" text,
	"to_stage_id" text NOT NULL,
	"seconds_in_from_stage" integer,
	"by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deal_stage_changes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "deals" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"pipeline_id" text NOT NULL,
	"stage_id" text NOT NULL,
	"name" text NOT NULL,
	"amount_minor" bigint DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"expected_close_date" date,
	"owner_user_id" text,
	"branch_id" text,
	"contact_id" text,
	"company_id" text,
	"status" text DEFAULT 'open' NOT NULL,
	"close_reason" text,
	"closed_at" timestamp with time zone,
	"position" double precision DEFAULT 0 NOT NULL,
	"stage_entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(name, ''))) STORED
);
--> statement-breakpoint
ALTER TABLE "deals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stage_automations" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"stage_id" text NOT NULL,
	"action" text NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stage_automations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "activity_templates" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"subject" text,
	"body" text DEFAULT '' NOT NULL,
	"due_in_minutes" integer,
	"remind_before_minutes" integer,
	"duration_minutes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_templates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "crm_fields" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"entity" text NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"type" text NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "crm_fields" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "crm_views" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"entity" text NOT NULL,
	"name" text NOT NULL,
	"filter" jsonb NOT NULL,
	"sort" jsonb,
	"columns" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "crm_views" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"branch_id" text,
	"r2_key" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by_user_id" text,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "crm_imports" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"entity" text NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"filename" text NOT NULL,
	"r2_key" text NOT NULL,
	"byte_size" integer NOT NULL,
	"headers" jsonb NOT NULL,
	"mapping" jsonb,
	"duplicate_policy" text,
	"tag" text,
	"branch_id" text,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"created_count" integer DEFAULT 0 NOT NULL,
	"updated_count" integer DEFAULT 0 NOT NULL,
	"skipped_count" integer DEFAULT 0 NOT NULL,
	"failed_count" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "crm_imports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "crm_undo" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"entity" text NOT NULL,
	"action" text NOT NULL,
	"record_ids" text[] NOT NULL,
	"count" integer NOT NULL,
	"before" jsonb NOT NULL,
	"expires_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "crm_undo" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "scoring_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"label" text NOT NULL,
	"condition" jsonb NOT NULL,
	"points" integer NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scoring_rules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "activities" ALTER COLUMN "contact_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "company_id" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "deal_id" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "branch_id" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "subject" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "remind_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "reminder_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "assignee_user_id" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "completed_by_user_id" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "duration_minutes" integer;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "mentions" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "template_id" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "created_by_user_id" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "meta" jsonb;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(subject, '') || ' ' || coalesce(body, ''))) STORED;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "other_emails" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "other_phones" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "job_title" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "owner_user_id" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "branch_id" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "lifecycle_stage" text DEFAULT 'lead' NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "consent_email" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "consent_whatsapp" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "consent_sms" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "consent_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "score" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "score_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "scored_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "last_activity_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "phone_digits" text GENERATED ALWAYS AS (regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) STORED;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(job_title, ''))) STORED;--> statement-breakpoint
ALTER TABLE "pipelines" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "pipelines" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "stages" ADD COLUMN "kind" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "lead_touches" ADD COLUMN "visit_id" text;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_parent_id_companies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_companies" ADD CONSTRAINT "contact_companies_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_companies" ADD CONSTRAINT "contact_companies_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_stage_changes" ADD CONSTRAINT "deal_stage_changes_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_pipeline_id_pipelines_id_fk" FOREIGN KEY ("pipeline_id") REFERENCES "public"."pipelines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_stage_id_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_automations" ADD CONSTRAINT "stage_automations_stage_id_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "companies_tenant_list" ON "companies" USING btree ("tenant_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "companies_tenant_parent" ON "companies" USING btree ("tenant_id","parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "companies_tenant_domain" ON "companies" USING btree ("tenant_id","domain") WHERE "companies"."domain" is not null and "companies"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "companies_tags" ON "companies" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "companies_custom_fields" ON "companies" USING gin ("custom_fields");--> statement-breakpoint
CREATE INDEX "companies_search" ON "companies" USING gin ("search");--> statement-breakpoint
CREATE INDEX "companies_name_trgm" ON "companies" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contact_companies_company" ON "contact_companies" USING btree ("tenant_id","company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contact_companies_one_primary" ON "contact_companies" USING btree ("contact_id") WHERE "contact_companies"."is_primary";--> statement-breakpoint
CREATE INDEX "deal_stage_changes_deal" ON "deal_stage_changes" USING btree ("tenant_id","deal_id","created_at");--> statement-breakpoint
CREATE INDEX "deal_stage_changes_pipeline" ON "deal_stage_changes" USING btree ("tenant_id","pipeline_id","created_at");--> statement-breakpoint
CREATE INDEX "deals_board" ON "deals" USING btree ("tenant_id","pipeline_id","stage_id","position");--> statement-breakpoint
CREATE INDEX "deals_tenant_list" ON "deals" USING btree ("tenant_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "deals_tenant_close" ON "deals" USING btree ("tenant_id","status","expected_close_date");--> statement-breakpoint
CREATE INDEX "deals_tenant_contact" ON "deals" USING btree ("tenant_id","contact_id");--> statement-breakpoint
CREATE INDEX "deals_tenant_company" ON "deals" USING btree ("tenant_id","company_id");--> statement-breakpoint
CREATE INDEX "deals_search" ON "deals" USING gin ("search");--> statement-breakpoint
CREATE INDEX "deals_name_trgm" ON "deals" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "stage_automations_stage" ON "stage_automations" USING btree ("tenant_id","stage_id");--> statement-breakpoint
CREATE INDEX "activity_templates_tenant" ON "activity_templates" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "crm_fields_tenant_entity_key" ON "crm_fields" USING btree ("tenant_id","entity","key");--> statement-breakpoint
CREATE INDEX "crm_fields_tenant" ON "crm_fields" USING btree ("tenant_id","entity","position");--> statement-breakpoint
CREATE INDEX "crm_views_user" ON "crm_views" USING btree ("tenant_id","user_id","entity");--> statement-breakpoint
CREATE INDEX "attachments_record" ON "attachments" USING btree ("tenant_id","entity","entity_id","created_at");--> statement-breakpoint
CREATE INDEX "crm_imports_tenant" ON "crm_imports" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "crm_undo_tenant" ON "crm_undo" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "scoring_rules_tenant" ON "scoring_rules" USING btree ("tenant_id","position");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_tenant_company" ON "activities" USING btree ("tenant_id","company_id","created_at");--> statement-breakpoint
CREATE INDEX "activities_tenant_deal" ON "activities" USING btree ("tenant_id","deal_id","created_at");--> statement-breakpoint
CREATE INDEX "activities_tenant_due" ON "activities" USING btree ("tenant_id","assignee_user_id","due_at") WHERE "activities"."completed_at" is null and "activities"."due_at" is not null;--> statement-breakpoint
CREATE INDEX "activities_reminders_due" ON "activities" USING btree ("remind_at") WHERE "activities"."reminder_sent_at" is null and "activities"."completed_at" is null and "activities"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "activities_tenant_calendar" ON "activities" USING btree ("tenant_id","starts_at");--> statement-breakpoint
CREATE INDEX "activities_search" ON "activities" USING gin ("search");--> statement-breakpoint
CREATE INDEX "contacts_tenant_list" ON "contacts" USING btree ("tenant_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "contacts_tenant_score" ON "contacts" USING btree ("tenant_id","score","id");--> statement-breakpoint
CREATE INDEX "contacts_tenant_owner" ON "contacts" USING btree ("tenant_id","owner_user_id");--> statement-breakpoint
CREATE INDEX "contacts_tenant_branch" ON "contacts" USING btree ("tenant_id","branch_id");--> statement-breakpoint
CREATE INDEX "contacts_tags" ON "contacts" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "contacts_custom_fields" ON "contacts" USING gin ("custom_fields");--> statement-breakpoint
CREATE INDEX "contacts_search" ON "contacts" USING gin ("search");--> statement-breakpoint
CREATE INDEX "contacts_name_trgm" ON "contacts" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_email_trgm" ON "contacts" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_phone_trgm" ON "contacts" USING gin ("phone_digits" gin_trgm_ops);--> statement-breakpoint
CREATE POLICY "activities_branch_scope" ON "activities" AS RESTRICTIVE FOR ALL TO "vitrine_app" USING (current_setting('app.branch_ids', true) = '*' or branch_id is null or branch_id = any(string_to_array(current_setting('app.branch_ids', true), ','))) WITH CHECK (current_setting('app.branch_ids', true) = '*' or branch_id = any(string_to_array(current_setting('app.branch_ids', true), ',')));--> statement-breakpoint
CREATE POLICY "contacts_branch_scope" ON "contacts" AS RESTRICTIVE FOR ALL TO "vitrine_app" USING (current_setting('app.branch_ids', true) = '*' or branch_id is null or branch_id = any(string_to_array(current_setting('app.branch_ids', true), ','))) WITH CHECK (current_setting('app.branch_ids', true) = '*' or branch_id = any(string_to_array(current_setting('app.branch_ids', true), ',')));--> statement-breakpoint
CREATE POLICY "companies_tenant_isolation" ON "companies" AS PERMISSIVE FOR ALL TO "vitrine_app" USING (tenant_id = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id = current_setting('app.tenant_id', true));--> statement-breakpoint
CREATE POLICY "companies_branch_scope" ON "companies" AS RESTRICTIVE FOR ALL TO "vitrine_app" USING (current_setting('app.branch_ids', true) = '*' or branch_id is null or branch_id = any(string_to_array(current_setting('app.branch_ids', true), ','))) WITH CHECK (current_setting('app.branch_ids', true) = '*' or branch_id = any(string_to_array(current_setting('app.branch_ids', true), ',')));--> statement-breakpoint
CREATE POLICY "contact_companies_tenant_isolation" ON "contact_companies" AS PERMISSIVE FOR ALL TO "vitrine_app" USING (tenant_id = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id = current_setting('app.tenant_id', true));--> statement-breakpoint
CREATE POLICY "deal_stage_changes_tenant_isolation" ON "deal_stage_changes" AS PERMISSIVE FOR ALL TO "vitrine_app" USING (tenant_id = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id = current_setting('app.tenant_id', true));--> statement-breakpoint
CREATE POLICY "deals_tenant_isolation" ON "deals" AS PERMISSIVE FOR ALL TO "vitrine_app" USING (tenant_id = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id = current_setting('app.tenant_id', true));--> statement-breakpoint
CREATE POLICY "deals_branch_scope" ON "deals" AS RESTRICTIVE FOR ALL TO "vitrine_app" USING (current_setting('app.branch_ids', true) = '*' or branch_id is null or branch_id = any(string_to_array(current_setting('app.branch_ids', true), ','))) WITH CHECK (current_setting('app.branch_ids', true) = '*' or branch_id = any(string_to_array(current_setting('app.branch_ids', true), ',')));--> statement-breakpoint
CREATE POLICY "stage_automations_tenant_isolation" ON "stage_automations" AS PERMISSIVE FOR ALL TO "vitrine_app" USING (tenant_id = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id = current_setting('app.tenant_id', true));--> statement-breakpoint
CREATE POLICY "activity_templates_tenant_isolation" ON "activity_templates" AS PERMISSIVE FOR ALL TO "vitrine_app" USING (tenant_id = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id = current_setting('app.tenant_id', true));--> statement-breakpoint
CREATE POLICY "crm_fields_tenant_isolation" ON "crm_fields" AS PERMISSIVE FOR ALL TO "vitrine_app" USING (tenant_id = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id = current_setting('app.tenant_id', true));--> statement-breakpoint
CREATE POLICY "crm_views_tenant_isolation" ON "crm_views" AS PERMISSIVE FOR ALL TO "vitrine_app" USING (tenant_id = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id = current_setting('app.tenant_id', true));--> statement-breakpoint
CREATE POLICY "attachments_tenant_isolation" ON "attachments" AS PERMISSIVE FOR ALL TO "vitrine_app" USING (tenant_id = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id = current_setting('app.tenant_id', true));--> statement-breakpoint
CREATE POLICY "attachments_branch_scope" ON "attachments" AS RESTRICTIVE FOR ALL TO "vitrine_app" USING (current_setting('app.branch_ids', true) = '*' or branch_id is null or branch_id = any(string_to_array(current_setting('app.branch_ids', true), ','))) WITH CHECK (current_setting('app.branch_ids', true) = '*' or branch_id = any(string_to_array(current_setting('app.branch_ids', true), ',')));--> statement-breakpoint
CREATE POLICY "crm_imports_tenant_isolation" ON "crm_imports" AS PERMISSIVE FOR ALL TO "vitrine_app" USING (tenant_id = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id = current_setting('app.tenant_id', true));--> statement-breakpoint
CREATE POLICY "crm_undo_tenant_isolation" ON "crm_undo" AS PERMISSIVE FOR ALL TO "vitrine_app" USING (tenant_id = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id = current_setting('app.tenant_id', true));--> statement-breakpoint
CREATE POLICY "scoring_rules_tenant_isolation" ON "scoring_rules" AS PERMISSIVE FOR ALL TO "vitrine_app" USING (tenant_id = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
-- An activity is always about something.
ALTER TABLE activities ADD CONSTRAINT activities_about_something CHECK (contact_id IS NOT NULL OR company_id IS NOT NULL OR deal_id IS NOT NULL);--> statement-breakpoint
-- CRM tables are tenant data: the policies bind the owner too, and the app role gets the rights it uses.
ALTER TABLE companies FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE contact_companies FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE deals FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE deal_stage_changes FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE stage_automations FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE activity_templates FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE crm_fields FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE crm_views FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE attachments FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE crm_imports FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE crm_undo FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE scoring_rules FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON companies, contact_companies, deals, deal_stage_changes, stage_automations, activity_templates, crm_fields, crm_views, attachments, crm_imports, crm_undo, scoring_rules TO vitrine_app;--> statement-breakpoint
-- Cron jobs look across tenants for due work (ids only), then act per tenant under RLS. Each
-- lookup is a SECURITY DEFINER function that sets its own marker, and the owner's read policy
-- below admits exactly that marker: the owner sees nothing outside these functions.
CREATE POLICY activities_due_reminders ON activities AS PERMISSIVE FOR SELECT TO CURRENT_USER USING (current_setting('app.cross_tenant_job', true) = 'reminders');--> statement-breakpoint
CREATE POLICY contacts_deletions ON contacts AS PERMISSIVE FOR SELECT TO CURRENT_USER USING (current_setting('app.cross_tenant_job', true) = 'deletions');--> statement-breakpoint
CREATE POLICY companies_deletions ON companies AS PERMISSIVE FOR SELECT TO CURRENT_USER USING (current_setting('app.cross_tenant_job', true) = 'deletions');--> statement-breakpoint
CREATE POLICY deals_deletions ON deals AS PERMISSIVE FOR SELECT TO CURRENT_USER USING (current_setting('app.cross_tenant_job', true) = 'deletions');--> statement-breakpoint
CREATE POLICY scoring_rules_tenants ON scoring_rules AS PERMISSIVE FOR SELECT TO CURRENT_USER USING (current_setting('app.cross_tenant_job', true) = 'scoring');--> statement-breakpoint
-- Reminders that fell due and were not sent, oldest first.
CREATE FUNCTION crm_due_reminders(due_by timestamptz, max_rows integer)
RETURNS TABLE (tenant_id text, activity_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET app.cross_tenant_job = 'reminders' AS $$
  SELECT a.tenant_id, a.id FROM activities a
  WHERE a.remind_at <= due_by AND a.reminder_sent_at IS NULL AND a.completed_at IS NULL AND a.deleted_at IS NULL
  ORDER BY a.remind_at LIMIT max_rows
$$;--> statement-breakpoint
-- Tenants with records deleted before `deleted_before` (their undo window has passed).
CREATE FUNCTION crm_tenants_with_deletions(deleted_before timestamptz)
RETURNS TABLE (tenant_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET app.cross_tenant_job = 'deletions' AS $$
  SELECT c.tenant_id FROM contacts c WHERE c.deleted_at < deleted_before
  UNION SELECT co.tenant_id FROM companies co WHERE co.deleted_at < deleted_before
  UNION SELECT d.tenant_id FROM deals d WHERE d.deleted_at < deleted_before
$$;--> statement-breakpoint
-- Tenants with enabled scoring rules (the daily recompute applies recency decay).
CREATE FUNCTION crm_scoring_tenants()
RETURNS TABLE (tenant_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET app.cross_tenant_job = 'scoring' AS $$
  SELECT DISTINCT r.tenant_id FROM scoring_rules r WHERE r.enabled
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION crm_due_reminders(timestamptz, integer), crm_tenants_with_deletions(timestamptz), crm_scoring_tenants() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION crm_due_reminders(timestamptz, integer), crm_tenants_with_deletions(timestamptz), crm_scoring_tenants() TO vitrine_app;--> statement-breakpoint
-- An activity belongs to the branch of what it is about, whoever writes it (the lead pipeline,
-- the inbox, the CRM), so the branch policy holds without every writer remembering; and it
-- counts as the contact's latest activity (lists sort on it, scoring decays from it).
CREATE FUNCTION crm_activity_branch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.branch_id IS NULL THEN
    NEW.branch_id := coalesce(
      (SELECT branch_id FROM contacts WHERE id = NEW.contact_id),
      (SELECT branch_id FROM deals WHERE id = NEW.deal_id),
      (SELECT branch_id FROM companies WHERE id = NEW.company_id));
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER activities_branch BEFORE INSERT ON activities FOR EACH ROW EXECUTE FUNCTION crm_activity_branch();--> statement-breakpoint
CREATE FUNCTION crm_contact_last_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE contacts SET last_activity_at = NEW.created_at
  WHERE id = NEW.contact_id AND (last_activity_at IS NULL OR last_activity_at < NEW.created_at);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER activities_contact_last_activity AFTER INSERT ON activities FOR EACH ROW WHEN (NEW.contact_id IS NOT NULL) EXECUTE FUNCTION crm_contact_last_activity();--> statement-breakpoint
-- Existing contacts: the branch, source and owner of their first lead; their last activity.
UPDATE contacts c SET branch_id = l.branch_id, source = l.source, owner_user_id = l.owner_user_id, last_activity_at = l.last_at
FROM (
  SELECT DISTINCT ON (contact_id) contact_id, branch_id, source, owner_user_id,
    max(coalesce(last_touch_at, created_at)) OVER (PARTITION BY contact_id) AS last_at
  FROM leads ORDER BY contact_id, created_at
) l WHERE l.contact_id = c.id;--> statement-breakpoint
UPDATE activities a SET branch_id = c.branch_id FROM contacts c WHERE c.id = a.contact_id;--> statement-breakpoint
UPDATE stages SET kind = 'won' WHERE name = 'Won' AND win_probability = 100;--> statement-breakpoint
UPDATE stages SET kind = 'lost' WHERE name = 'Lost' AND win_probability = 0;
