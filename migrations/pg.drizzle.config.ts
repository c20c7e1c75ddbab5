import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./worker/modules/crm/crm.tables.ts', './worker/modules/leads/leads.tables.ts'],
  out: './migrations/pg',
  entities: { roles: true },
})
