// D1: plans and the limits they grant.
import { sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'

export interface PlanLimits {
  branches: number
  dynamicQrCodes: number
  customDomains: number
  seats: number
  /** SVG, PNG and PDF renders (downloads, print sheets, bulk jobs) per minute, through the tenant's limiter. */
  qrRendersPerMinute: number
  /** Megabytes of CRM attachments (R2) the tenant may keep. */
  crmStorageMb: number
}

export const plans = sqliteTable('plans', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  limits: text('limits', { mode: 'json' }).$type<PlanLimits>().notNull(),
  createdAt: createdAt(),
})
