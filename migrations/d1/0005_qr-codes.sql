CREATE TABLE `qr_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`brand_id` text,
	`source` text NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`total` integer NOT NULL,
	`done` integer DEFAULT 0 NOT NULL,
	`options` text NOT NULL,
	`code_ids` text DEFAULT '[]' NOT NULL,
	`archive_key` text,
	`archive_bytes` integer,
	`error` text,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`finished_at` integer,
	`expires_at` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `qr_batches_tenant` ON `qr_batches` (`tenant_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `qr_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`brand_id` text,
	`branch_id` text,
	`label` text NOT NULL,
	`placement` text,
	`target` text,
	`rules` text DEFAULT '[]' NOT NULL,
	`utm` text,
	`payload` text,
	`design` text NOT NULL,
	`password_hash` text,
	`scan_limit` integer,
	`status` text DEFAULT 'active' NOT NULL,
	`expires_at` integer,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	`archived_at` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `qr_codes_code_unique` ON `qr_codes` (`code`);--> statement-breakpoint
CREATE INDEX `qr_codes_tenant` ON `qr_codes` (`tenant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `qr_codes_branch` ON `qr_codes` (`tenant_id`,`branch_id`);--> statement-breakpoint
CREATE TABLE `qr_conversions` (
	`lead_id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`code_id` text NOT NULL,
	`day` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `qr_conversions_code_day` ON `qr_conversions` (`tenant_id`,`code_id`,`day`);--> statement-breakpoint
CREATE TABLE `qr_scan_daily` (
	`tenant_id` text NOT NULL,
	`code_id` text NOT NULL,
	`day` text NOT NULL,
	`dimension` text NOT NULL,
	`value` text NOT NULL,
	`scans` integer DEFAULT 0 NOT NULL,
	`uniques` integer DEFAULT 0 NOT NULL,
	`bots` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`code_id`, `day`, `dimension`, `value`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `qr_scan_daily_tenant_day` ON `qr_scan_daily` (`tenant_id`,`day`);--> statement-breakpoint
CREATE TABLE `qr_scan_visitors` (
	`tenant_id` text NOT NULL,
	`code_id` text NOT NULL,
	`day` text NOT NULL,
	`visitor_hash` text NOT NULL,
	PRIMARY KEY(`code_id`, `day`, `visitor_hash`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `qr_scan_visitors_day` ON `qr_scan_visitors` (`day`);--> statement-breakpoint
CREATE TABLE `qr_scans` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`code_id` text NOT NULL,
	`brand_id` text,
	`branch_id` text,
	`scanned_at` integer NOT NULL,
	`day` text NOT NULL,
	`placement` text,
	`country` text,
	`region` text,
	`city` text,
	`device_type` text NOT NULL,
	`os` text,
	`browser` text,
	`referrer_host` text,
	`language` text,
	`is_bot` integer DEFAULT false NOT NULL,
	`visitor_hash` text NOT NULL,
	`rule_index` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `qr_scans_code_time` ON `qr_scans` (`tenant_id`,`code_id`,`scanned_at`);--> statement-breakpoint
CREATE INDEX `qr_scans_tenant_time` ON `qr_scans` (`tenant_id`,`scanned_at`);--> statement-breakpoint
-- QR renders are CPU work in the Worker: each plan says how many a tenant may ask for per minute.
UPDATE `plans` SET `limits` = json_set(`limits`, '$.qrRendersPerMinute', CASE `id`
  WHEN 'plan_starter' THEN 10
  WHEN 'plan_growth' THEN 60
  WHEN 'plan_scale' THEN 300
  ELSE 10 END);
