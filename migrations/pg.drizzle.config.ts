import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './worker/modules/crm/contacts/contacts.tables.ts',
    './worker/modules/crm/deals/deals.tables.ts',
    './worker/modules/crm/activities/activities.tables.ts',
    './worker/modules/crm/fields/fields.tables.ts',
    './worker/modules/crm/views/views.tables.ts',
    './worker/modules/crm/files/files.tables.ts',
    './worker/modules/crm/imports/imports.tables.ts',
    './worker/modules/crm/bulk/bulk.tables.ts',
    './worker/modules/crm/scoring/scoring.tables.ts',
    './worker/modules/leads/leads.tables.ts',
  ],
  out: './migrations/pg',
  entities: { roles: true },
})
