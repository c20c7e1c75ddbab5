import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { type ActivityType, activities, USER_ACTIVITY_TYPES } from '../activities/activities.tables.ts'
import { companies, contacts } from '../contacts/contacts.tables.ts'
import { deals } from '../deals/deals.tables.ts'
import { highlightWords, snippet } from './highlight.ts'
import { matchAny } from './match-any.ts'
import type { SearchHit } from './search.schemas.ts'
import type { SearchPlan } from './search-plan.ts'
import { fullTextMatch, prefixMatch } from './search-sql.ts'

const LABEL: Partial<Record<ActivityType, string>> = {
  note: 'Note',
  task: 'Task',
  call: 'Call',
  meeting: 'Meeting',
}

/**
 * Notes, tasks, calls and meetings whose subject or text holds the words (web-search syntax, or
 * every word as a prefix), best first; left out when what they are about is deleted or hidden.
 */
export async function searchNotes(tx: PgTx, plan: SearchPlan): Promise<SearchHit[]> {
  const { terms } = plan
  const a = activities
  // Notes are words, not names: both ways of matching them are literal ones.
  if (!plan.kinds.includes('literal')) return []
  const conditions = [
    fullTextMatch(a.search, terms),
    ...(terms.prefixQuery ? [prefixMatch(a.search, terms)] : []),
  ]
  const rank = sql<number>`(case when ${fullTextMatch(a.search, terms)} then 2 else 1 end
    + ts_rank(${a.search}, websearch_to_tsquery('simple', ${terms.text})))`.mapWith(Number)
  const rows = await tx
    .select({
      id: a.id,
      type: a.type,
      subject: a.subject,
      body: a.body,
      contactId: a.contactId,
      companyId: a.companyId,
      dealId: a.dealId,
      contact: contacts.name,
      company: companies.name,
      deal: deals.name,
      rank,
    })
    .from(a)
    .leftJoin(contacts, and(eq(contacts.id, a.contactId), isNull(contacts.deletedAt)))
    .leftJoin(companies, and(eq(companies.id, a.companyId), isNull(companies.deletedAt)))
    .leftJoin(deals, and(eq(deals.id, a.dealId), isNull(deals.deletedAt)))
    .where(
      and(
        eq(a.tenantId, plan.tenantId),
        isNull(a.deletedAt),
        inArray(a.type, [...USER_ACTIVITY_TYPES]),
        or(isNull(a.contactId), sql`${contacts.id} is not null`),
        or(isNull(a.companyId), sql`${companies.id} is not null`),
        or(isNull(a.dealId), sql`${deals.id} is not null`),
        matchAny(plan.indexable, a, plan.tenantId, conditions),
      ),
    )
    .orderBy(sql`${rank} desc`, desc(a.createdAt), desc(a.id))
    .limit(plan.limit)
  const find = (text: string) => highlightWords(text, terms.text)
  return rows.map((row) => {
    const about = row.dealId
      ? { type: 'deal' as const, id: row.dealId, name: row.deal ?? '' }
      : row.contactId
        ? { type: 'contact' as const, id: row.contactId, name: row.contact ?? '' }
        : { type: 'company' as const, id: row.companyId ?? '', name: row.company ?? '' }
    return {
      type: 'note',
      id: row.id,
      title: find(row.subject || (LABEL[row.type] ?? 'Note')),
      details: [snippet(row.body, find)],
      activityType: row.type,
      about,
      rank: row.rank,
    }
  })
}
