// What the rules look at, for a batch of contacts at once: one grouped query counts every
// engagement rule's signal in its window, one query evaluates every fit rule. No query per
// contact, whatever the batch size.
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { leads, leadTouches } from '../../leads/leads.tables.ts'
import { activities } from '../activities/activities.tables.ts'
import { contacts } from '../contacts/contacts.tables.ts'
import type { ContactFacts, RuleForScoring } from './score-engine.ts'
import type { EngagementSignal, ScoringCondition } from './scoring.schemas.ts'

type Engagement = Extract<ScoringCondition, { kind: 'engagement' }>
const DAY_MS = 24 * 60 * 60 * 1000

/** The contact columns scoring reads and writes. */
export const scoredContactColumns = {
  id: contacts.id,
  source: contacts.source,
  lastActivityAt: contacts.lastActivityAt,
  createdAt: contacts.createdAt,
  score: contacts.score,
  scoreReasons: contacts.scoreReasons,
  scoredAt: contacts.scoredAt,
}
export interface ScoredContact {
  id: string
  source: string | null
  lastActivityAt: Date | null
  createdAt: Date
  score: number
  scoreReasons: { ruleId: string; label: string; points: number }[]
  scoredAt: Date | null
}

const ACTIVITY_SIGNAL: Partial<Record<EngagementSignal, string>> = {
  calls: 'call',
  meetings: 'meeting',
  notes: 'note',
  emails: 'email',
}

const idList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )

/** The events of one signal for these contacts, as (contact_id, signal, at) rows. */
function signalEvents(signal: EngagementSignal, tenantId: string, ids: readonly string[]): SQL {
  const label = sql`${signal}::text`
  if (signal === 'leads')
    return sql`select ${leads.contactId} as contact_id, ${label} as signal, ${leads.createdAt} as at from ${leads} where ${leads.tenantId} = ${tenantId} and ${leads.contactId} in (${idList(ids)})`
  if (signal === 'touches' || signal === 'qr_scans')
    // Through the lead (indexed by contact); a QR scan is a touch that names the visit it came from.
    return sql`select ${leads.contactId} as contact_id, ${label} as signal, ${leadTouches.createdAt} as at from ${leadTouches} join ${leads} on ${leads.id} = ${leadTouches.leadId} and ${leads.tenantId} = ${leadTouches.tenantId} where ${leads.tenantId} = ${tenantId} and ${leads.contactId} in (${idList(ids)})${signal === 'qr_scans' ? sql` and ${leadTouches.visitId} is not null` : sql``}`
  // Logged activities only: a planned call or meeting counts once it is done.
  return sql`select ${activities.contactId} as contact_id, ${label} as signal, coalesce(${activities.completedAt}, ${activities.createdAt}) as at from ${activities} where ${activities.tenantId} = ${tenantId} and ${activities.contactId} in (${idList(ids)}) and ${activities.deletedAt} is null and ${activities.type} = ${ACTIVITY_SIGNAL[signal]} and (${activities.dueAt} is null or ${activities.completedAt} is not null)`
}

/** Per contact, each engagement rule's count of its signal within its window. */
async function engagementCounts(
  tx: PgTx,
  tenantId: string,
  ids: readonly string[],
  rules: readonly (RuleForScoring & { condition: Engagement })[],
  now: Date,
): Promise<Map<string, Map<string, number>>> {
  const counts = new Map<string, Map<string, number>>()
  if (rules.length === 0 || ids.length === 0) return counts
  const signals = [...new Set(rules.map((r) => r.condition.signal))]
  const events = sql.join(
    signals.map((s) => signalEvents(s, tenantId, ids)),
    sql` union all `,
  )
  const columns = rules.map((rule, i) => {
    const { signal, withinDays } = rule.condition
    const since = withinDays ? new Date(now.getTime() - withinDays * DAY_MS).toISOString() : null
    const window = since ? sql` and ev.at >= ${since}::timestamptz` : sql``
    return sql`count(*) filter (where ev.signal = ${signal}::text${window}) as ${sql.identifier(`r${i}`)}`
  })
  const result = await tx.execute(
    sql`select ev.contact_id, ${sql.join(columns, sql`, `)} from (${events}) ev group by ev.contact_id`,
  )
  for (const row of result.rows as Record<string, unknown>[]) {
    const byRule = new Map(rules.map((rule, i) => [rule.id, Number(row[`r${i}`] ?? 0)]))
    counts.set(String(row.contact_id), byRule)
  }
  return counts
}

/** Per contact, the fit rules it meets; `fits` holds each rule's compiled condition. */
async function fitMatches(
  tx: PgTx,
  tenantId: string,
  ids: readonly string[],
  fits: ReadonlyMap<string, SQL>,
): Promise<Map<string, Set<string>>> {
  const matches = new Map<string, Set<string>>()
  if (fits.size === 0 || ids.length === 0) return matches
  const ruleIds = [...fits.keys()]
  const columns = Object.fromEntries(
    ruleIds.map((ruleId, i) => [`f${i}`, sql<boolean>`coalesce((${fits.get(ruleId)}), false)`]),
  )
  const rows = await tx
    .select({ id: contacts.id, ...columns })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), inArray(contacts.id, [...ids])))
  for (const row of rows as Record<string, unknown>[]) {
    const met = new Set(ruleIds.filter((_, i) => row[`f${i}`] === true))
    matches.set(String(row.id), met)
  }
  return matches
}

/**
 * The facts of each contact of the batch. `fits` are the fit rules' conditions compiled for
 * this tenant (rules whose field no longer exists are left out by the caller).
 */
export async function gatherFacts(
  tx: PgTx,
  tenantId: string,
  batch: readonly ScoredContact[],
  rules: readonly RuleForScoring[],
  fits: ReadonlyMap<string, SQL>,
  now: Date,
): Promise<Map<string, ContactFacts>> {
  const ids = batch.map((c) => c.id)
  const engagementRules = rules.filter(
    (r): r is RuleForScoring & { condition: Engagement } => r.condition.kind === 'engagement',
  )
  const counts = await engagementCounts(tx, tenantId, ids, engagementRules, now)
  const fitted = await fitMatches(tx, tenantId, ids, fits)
  return new Map(
    batch.map((c) => [
      c.id,
      {
        source: c.source,
        lastActivityAt: c.lastActivityAt ?? c.createdAt,
        engagement: counts.get(c.id) ?? new Map(),
        fits: fitted.get(c.id) ?? new Set(),
      },
    ]),
  )
}
