CREATE TABLE `slug_redirects` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`scope_id` text NOT NULL,
	`from_slug` text NOT NULL,
	`target_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `slug_redirects_from` ON `slug_redirects` (`kind`,`scope_id`,`from_slug`);--> statement-breakpoint
CREATE INDEX `slug_redirects_tenant` ON `slug_redirects` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `staff_members` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`branch_id` text NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`title` text,
	`bio` text,
	`photo_media_id` text,
	`phone` text,
	`whatsapp` text,
	`email` text,
	`user_id` text,
	`position` integer DEFAULT 0 NOT NULL,
	`published` integer DEFAULT true NOT NULL,
	`updated_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_members_branch_slug` ON `staff_members` (`branch_id`,`slug`);--> statement-breakpoint
CREATE INDEX `staff_members_tenant` ON `staff_members` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `media_assets` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`content_type` text NOT NULL,
	`bytes` integer NOT NULL,
	`width` integer,
	`height` integer,
	`file_name` text,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `media_assets_key_unique` ON `media_assets` (`key`);--> statement-breakpoint
CREATE INDEX `media_assets_tenant` ON `media_assets` (`tenant_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `branches` ADD `address` text;--> statement-breakpoint
ALTER TABLE `branches` ADD `timezone` text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE `branches` ADD `phones` text;--> statement-breakpoint
ALTER TABLE `branches` ADD `whatsapp` text;--> statement-breakpoint
ALTER TABLE `branches` ADD `email` text;--> statement-breakpoint
ALTER TABLE `branches` ADD `hours` text;--> statement-breakpoint
ALTER TABLE `branches` ADD `social` text;--> statement-breakpoint
ALTER TABLE `branches` ADD `services` text;--> statement-breakpoint
ALTER TABLE `branches` ADD `gallery` text;--> statement-breakpoint
ALTER TABLE `branches` ADD `payments` text;--> statement-breakpoint
ALTER TABLE `branches` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `branches` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `brands` ADD `colors` text;--> statement-breakpoint
ALTER TABLE `brands` ADD `fonts` text;--> statement-breakpoint
ALTER TABLE `brands` ADD `logo_media_id` text;--> statement-breakpoint
ALTER TABLE `brands` ADD `cover_media_id` text;--> statement-breakpoint
ALTER TABLE `brands` ADD `website` text;--> statement-breakpoint
ALTER TABLE `brands` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `site_versions` ADD `published_by` text;--> statement-breakpoint
ALTER TABLE `site_versions` ADD `note` text;--> statement-breakpoint
ALTER TABLE `sites` ADD `draft` text;--> statement-breakpoint
ALTER TABLE `sites` ADD `draft_updated_at` integer;--> statement-breakpoint
ALTER TABLE `sites` ADD `draft_updated_by` text;--> statement-breakpoint
ALTER TABLE `sites` ADD `preview_token_hash` text;--> statement-breakpoint
ALTER TABLE `sites` ADD `preview_expires_at` integer;--> statement-breakpoint
ALTER TABLE `hostnames` ADD `redirect_to` text;--> statement-breakpoint
ALTER TABLE `hostnames` ADD `cloudflare_id` text;--> statement-breakpoint
ALTER TABLE `hostnames` ADD `ssl_status` text;--> statement-breakpoint
ALTER TABLE `hostnames` ADD `records` text;--> statement-breakpoint
ALTER TABLE `hostnames` ADD `last_error` text;--> statement-breakpoint
ALTER TABLE `hostnames` ADD `checked_at` integer;--> statement-breakpoint
ALTER TABLE `hostnames` ADD `activated_at` integer;--> statement-breakpoint
CREATE INDEX `hostnames_status` ON `hostnames` (`status`,`checked_at`);--> statement-breakpoint
-- Data: contact details move from the site's content onto its branch.
UPDATE `branches` SET `email` = (
	SELECT json_extract(v.content, '$.email') FROM `sites` s JOIN `site_versions` v ON v.id = s.published_version_id WHERE s.branch_id = `branches`.id
) WHERE `email` IS NULL;--> statement-breakpoint
UPDATE `branches` SET `phones` = (
	SELECT json_array(json_object('label', 'Phone', 'number', json_extract(v.content, '$.phone')))
	FROM `sites` s JOIN `site_versions` v ON v.id = s.published_version_id
	WHERE s.branch_id = `branches`.id AND json_extract(v.content, '$.phone') IS NOT NULL
) WHERE `phones` IS NULL;--> statement-breakpoint
-- Data: the single-page content of the first release becomes a list of sections.
UPDATE `site_versions` SET `content` = json_object(
	'template', 'professional-services',
	'defaultLanguage', 'en',
	'languages', json_array(),
	'sections', json_array(
		json_object('id', 'hero', 'type', 'hero',
			'headline', json_object('en', json_extract(content, '$.headline')),
			'subheadline', json_object('en', coalesce(json_extract(content, '$.tagline'), ''))),
		json_object('id', 'about', 'type', 'about', 'enabled', json(CASE WHEN json_extract(content, '$.about') IS NULL THEN 'false' ELSE 'true' END),
			'body', json_object('en', coalesce(json_extract(content, '$.about'), ''))),
		json_object('id', 'contact', 'type', 'contact'),
		json_object('id', 'lead-form', 'type', 'lead_form',
			'enabled', json(CASE WHEN coalesce(json_extract(content, '$.leadForm.enabled'), 1) THEN 'true' ELSE 'false' END),
			'heading', json_object('en', coalesce(json_extract(content, '$.leadForm.title'), '')),
			'submitLabel', json_object('en', coalesce(json_extract(content, '$.leadForm.submitLabel'), '')))
	)
) WHERE json_extract(`content`, '$.sections') IS NULL;
