CREATE TABLE "lead_touches" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"lead_id" text NOT NULL,
	"contact_id" text NOT NULL,
	"source" text NOT NULL,
	"source_id" text,
	"form_id" text,
	"external_id" text,
	"branch_id" text NOT NULL,
	"message" text,
	"fields" jsonb NOT NULL,
	"utm" jsonb,
	"consent" jsonb,
	"spam_score" integer DEFAULT 0 NOT NULL,
	"idempotency_key" text NOT NULL,
	"dispatched_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lead_touches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "source_id" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "form_id" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "utm" jsonb;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "consent" jsonb;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "spam" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "spam_score" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "spam_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "owner_user_id" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "assignment_reason" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "sla_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "first_response_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "sla_breached_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "escalation_level" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "touch_count" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "last_touch_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "lead_touches" ADD CONSTRAINT "lead_touches_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_touches" ADD CONSTRAINT "lead_touches_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lead_touches_tenant_idempotency" ON "lead_touches" USING btree ("tenant_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "lead_touches_tenant_lead" ON "lead_touches" USING btree ("tenant_id","lead_id","created_at");--> statement-breakpoint
CREATE INDEX "leads_tenant_contact" ON "leads" USING btree ("tenant_id","contact_id","created_at");--> statement-breakpoint
CREATE INDEX "leads_tenant_owner" ON "leads" USING btree ("tenant_id","owner_user_id","created_at");--> statement-breakpoint
CREATE INDEX "leads_tenant_sla_open" ON "leads" USING btree ("tenant_id","sla_due_at") WHERE "leads"."first_response_at" is null and "leads"."sla_due_at" is not null;--> statement-breakpoint
CREATE POLICY "lead_touches_tenant_isolation" ON "lead_touches" AS PERMISSIVE FOR ALL TO "vitrine_app" USING (tenant_id = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id = current_setting('app.tenant_id', true));--> statement-breakpoint
-- Touches are tenant data like leads: the policy binds the owner too, and the app role gets the rights it uses.
ALTER TABLE lead_touches FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON lead_touches TO vitrine_app;--> statement-breakpoint
-- Existing leads: their one touch so far is the submission that made them.
UPDATE leads SET last_touch_at = created_at WHERE last_touch_at IS NULL;
