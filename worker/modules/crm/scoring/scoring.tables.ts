// Postgres: a tenant's lead-scoring rules. A contact's score is the sum of the points of the
// rules it meets, clamped to 0-100, with each rule's contribution kept as its reason.
import { boolean, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import { pgTimestamp, tenantIdColumn, tenantIsolationPolicy } from '../../../lib/pg-columns.ts'
import type { ScoringCondition } from './scoring.schemas.ts'

export const scoringRules = pgTable(
  'scoring_rules',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    label: text('label').notNull(),
    condition: jsonb('condition').$type<ScoringCondition>().notNull(),
    // May be negative (a disposable address, a competitor's domain).
    points: integer('points').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    position: integer('position').notNull().default(0),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [index('scoring_rules_tenant').on(t.tenantId, t.position), tenantIsolationPolicy('scoring_rules')],
).enableRLS()
