CREATE INDEX "contacts_tenant_name" ON "contacts" USING btree ("tenant_id","name","id");--> statement-breakpoint
CREATE INDEX "deals_tenant_closed" ON "deals" USING btree ("tenant_id","closed_at") WHERE "deals"."status" in ('won', 'lost');--> statement-breakpoint
CREATE INDEX "activities_tenant_created" ON "activities" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "activities_tenant_completed" ON "activities" USING btree ("tenant_id","completed_at") WHERE "activities"."completed_at" is not null;