CREATE TABLE `analytics_daily` (
	`scope` text NOT NULL,
	`tenant_id` text NOT NULL,
	`day` text NOT NULL,
	`dimension` text NOT NULL,
	`value` text NOT NULL,
	`visitors` integer DEFAULT 0 NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`actions` integer DEFAULT 0 NOT NULL,
	`scans` integer DEFAULT 0 NOT NULL,
	`leads` integer DEFAULT 0 NOT NULL,
	`excluded` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scope`, `dimension`, `day`, `value`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `analytics_daily_tenant_day` ON `analytics_daily` (`tenant_id`,`day`);--> statement-breakpoint
CREATE TABLE `analytics_events` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`action` text,
	`target` text,
	`brand_id` text,
	`branch_id` text,
	`site_id` text,
	`path` text,
	`at` integer NOT NULL,
	`day` text NOT NULL,
	`referrer_host` text,
	`source` text NOT NULL,
	`utm_source` text,
	`utm_medium` text,
	`utm_campaign` text,
	`utm_term` text,
	`utm_content` text,
	`country` text,
	`region` text,
	`city` text,
	`device_type` text NOT NULL,
	`os` text,
	`browser` text,
	`language` text,
	`visitor` text,
	`excluded` text,
	`qr_code_id` text,
	`placement` text,
	`lead_id` text,
	`batch_id` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `analytics_events_tenant_day` ON `analytics_events` (`tenant_id`,`day`);--> statement-breakpoint
CREATE INDEX `analytics_events_visitor` ON `analytics_events` (`tenant_id`,`day`,`visitor`,`at`);--> statement-breakpoint
CREATE INDEX `analytics_events_batch` ON `analytics_events` (`batch_id`);--> statement-breakpoint
CREATE TABLE `analytics_funnels` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`name` text NOT NULL,
	`steps` text NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `analytics_funnels_tenant` ON `analytics_funnels` (`tenant_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `analytics_hourly` (
	`scope` text NOT NULL,
	`tenant_id` text NOT NULL,
	`hour` integer NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`actions` integer DEFAULT 0 NOT NULL,
	`scans` integer DEFAULT 0 NOT NULL,
	`leads` integer DEFAULT 0 NOT NULL,
	`excluded` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scope`, `hour`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `analytics_hourly_tenant` ON `analytics_hourly` (`tenant_id`,`hour`);--> statement-breakpoint
CREATE TABLE `analytics_leads` (
	`lead_id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`brand_id` text,
	`branch_id` text,
	`at` integer NOT NULL,
	`day` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `analytics_leads_tenant_day` ON `analytics_leads` (`tenant_id`,`day`);--> statement-breakpoint
CREATE TABLE `analytics_rejects` (
	`day` text NOT NULL,
	`reason` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `reason`)
);
--> statement-breakpoint
CREATE TABLE `analytics_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`brand_id` text,
	`branch_id` text,
	`frequency` text NOT NULL,
	`recipients` text NOT NULL,
	`last_period` text,
	`last_sent_at` integer,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `analytics_reports_tenant` ON `analytics_reports` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `analytics_settings` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`retention_days` integer DEFAULT 90 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `analytics_touches` (
	`id` text NOT NULL,
	`lead_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`at` integer NOT NULL,
	`channel` text NOT NULL,
	`source` text NOT NULL,
	`medium` text,
	`campaign` text,
	`referrer_host` text,
	`qr_code_id` text,
	`placement` text,
	PRIMARY KEY(`lead_id`, `id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `analytics_touches_tenant` ON `analytics_touches` (`tenant_id`,`lead_id`);--> statement-breakpoint
CREATE TABLE `analytics_visitors` (
	`scope` text NOT NULL,
	`tenant_id` text NOT NULL,
	`day` text NOT NULL,
	`visitor` text NOT NULL,
	PRIMARY KEY(`scope`, `day`, `visitor`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `analytics_visitors_day` ON `analytics_visitors` (`day`);