import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'sqlite',
  schema: [
    './worker/modules/billing/billing.tables.ts',
    './worker/modules/tenants/tenants.tables.ts',
    './worker/modules/auth/auth.tables.ts',
    './worker/modules/brands/brands.tables.ts',
    './worker/modules/media/media.tables.ts',
    './worker/modules/sites/sites.tables.ts',
    './worker/modules/domains/domains.tables.ts',
    './worker/modules/dead-letters/dead-letters.tables.ts',
    './worker/modules/team/team.tables.ts',
    './worker/modules/api-keys/api-keys.tables.ts',
    './worker/modules/audit/audit.tables.ts',
    './worker/modules/privacy/privacy.tables.ts',
    './worker/modules/qr/qr.tables.ts',
    './worker/modules/leads/forms/forms.tables.ts',
    './worker/modules/lead-sources/lead-sources.tables.ts',
    './worker/modules/leads/routing/routing.tables.ts',
    './worker/modules/notifications/preferences.tables.ts',
    './worker/modules/webhooks/webhooks.tables.ts',
    './worker/modules/analytics/analytics.tables.ts',
  ],
  out: './migrations/d1',
})
