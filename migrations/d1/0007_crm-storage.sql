-- CRM attachments live in R2: each plan says how many megabytes of files a tenant may keep.
UPDATE `plans` SET `limits` = json_set(`limits`, '$.crmStorageMb', CASE `id`
  WHEN 'plan_starter' THEN 500
  WHEN 'plan_growth' THEN 10240
  WHEN 'plan_scale' THEN 102400
  ELSE 500 END);
