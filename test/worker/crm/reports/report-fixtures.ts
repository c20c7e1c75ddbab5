// Pipelines, deals with their stage history, contacts and activities written straight into
// Postgres with the dates each report test needs, and extra members in D1, so every expected
// number in the tests can be worked out by hand.
import { env } from 'cloudflare:test'
import { d1 } from '../../../../worker/lib/d1.ts'
import { newId } from '../../../../worker/lib/ids.ts'
import { connectPg, type PgHandle, type PgTx, withTenant } from '../../../../worker/lib/pg.ts'
import { membershipBranches, memberships, users } from '../../../../worker/modules/auth/auth.tables.ts'
import type { Role } from '../../../../worker/modules/auth/permissions.ts'
import { branches } from '../../../../worker/modules/brands/brands.tables.ts'
import type { ActivityType } from '../../../../worker/modules/crm/activities/activities.tables.ts'
import type { LifecycleStage } from '../../../../worker/modules/crm/contacts/contacts.tables.ts'
import type { DealStatus, StageKind } from '../../../../worker/modules/crm/deals/deals.tables.ts'
import {
  activities,
  contacts,
  dealStageChanges,
  deals,
  pipelines,
  stages,
} from '../../../../worker/modules/crm/index.ts'
import { call, sessionTokenFor, type TestTenant } from '../../../helpers/tenant.ts'

export const DAY_S = 86_400
/** A CSV download's lines, without the byte-order mark Excel needs. */
export const csvLines = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')

export const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)

/** One pool per test file; `close()` in afterAll. */
export function reportDb(t: Pick<TestTenant, 'tenantId'>) {
  const pg: PgHandle = connectPg(env.HYPERDRIVE.connectionString)
  const write = <T>(fn: (tx: PgTx) => Promise<T>) => withTenant(pg.db, t.tenantId, fn)
  return { write, close: () => pg.close() }
}
export type ReportDb = ReturnType<typeof reportDb>

/** A member of `t` with a name and a session; `branchIds` limits them to those branches. */
export async function addMember(
  t: TestTenant,
  role: Role,
  options: { name?: string; branchIds?: string[] } = {},
) {
  const userId = newId('user')
  const membershipId = newId('membership')
  const db = d1(env.DB)
  await db.insert(users).values({
    id: userId,
    email: `${userId.slice(-10).toLowerCase()}@example.test`,
    name: options.name ?? `${role} ${userId.slice(-4)}`,
    passwordHash: 'unset',
  })
  await db.insert(memberships).values({ id: membershipId, tenantId: t.tenantId, userId, role })
  for (const branchId of options.branchIds ?? [])
    await db.insert(membershipBranches).values({ membershipId, branchId })
  const token = await sessionTokenFor(userId, t.tenantId)
  return { userId, token, get: <T = any>(path: string) => call<T>(path, { token }) }
}

export async function addBranch(t: TestTenant, name: string): Promise<string> {
  const id = newId('branch')
  await d1(env.DB)
    .insert(branches)
    .values({ id, tenantId: t.tenantId, brandId: t.brandId, slug: `b-${id.slice(-8).toLowerCase()}`, name })
  return id
}

export const STAGES: { name: string; winProbability: number; kind: StageKind }[] = [
  { name: 'New', winProbability: 10, kind: 'open' },
  { name: 'Qualified', winProbability: 50, kind: 'open' },
  { name: 'Proposal', winProbability: 75, kind: 'open' },
  { name: 'Won', winProbability: 100, kind: 'won' },
  { name: 'Lost', winProbability: 0, kind: 'lost' },
]

/** A pipeline with STAGES; `stage.New` etc. are their ids. */
export async function seedPipeline(db: ReportDb, t: TestTenant, name = 'Sales', isDefault = true) {
  const pipelineId = newId('pipeline')
  const ids = STAGES.map(() => newId('stage'))
  await db.write(async (tx) => {
    await tx.insert(pipelines).values({ id: pipelineId, tenantId: t.tenantId, name, isDefault })
    await tx.insert(stages).values(
      STAGES.map((s, position) => ({
        ...s,
        id: ids[position] ?? '',
        tenantId: t.tenantId,
        pipelineId,
        position,
      })),
    )
  })
  const stage = Object.fromEntries(STAGES.map((s, i) => [s.name, ids[i] ?? ''])) as Record<string, string>
  return { pipelineId, stage }
}

export interface SeedDeal {
  pipelineId: string
  /** The stages it went through, oldest first, with when it entered each. */
  path: { stageId: string; at: Date }[]
  amountMinor: number
  currency?: string
  status?: DealStatus
  ownerUserId?: string | null
  branchId?: string | null
  contactId?: string | null
  closeReason?: string | null
  closedAt?: Date | null
  expectedCloseDate?: string | null
  deleted?: boolean
}

/** A deal and one stage change per entry of `path` (its creation first, with no from-stage). */
export async function seedDeal(db: ReportDb, t: TestTenant, deal: SeedDeal): Promise<string> {
  const id = newId('deal')
  const first = deal.path[0]
  const last = deal.path.at(-1)
  if (!first || !last) throw new Error('A deal needs a path')
  await db.write(async (tx) => {
    await tx.insert(deals).values({
      id,
      tenantId: t.tenantId,
      pipelineId: deal.pipelineId,
      stageId: last.stageId,
      name: `Deal ${id.slice(-6)}`,
      amountMinor: deal.amountMinor,
      currency: deal.currency ?? 'USD',
      status: deal.status ?? 'open',
      ownerUserId: deal.ownerUserId ?? null,
      branchId: deal.branchId === undefined ? t.branchId : deal.branchId,
      contactId: deal.contactId ?? null,
      closeReason: deal.closeReason ?? null,
      closedAt: deal.closedAt ?? null,
      expectedCloseDate: deal.expectedCloseDate ?? null,
      stageEnteredAt: last.at,
      deletedAt: deal.deleted ? new Date() : null,
      createdAt: first.at,
    })
    await tx.insert(dealStageChanges).values(
      deal.path.map((step, i) => {
        const previous = deal.path[i - 1]
        return {
          id: newId('dealStageChange'),
          tenantId: t.tenantId,
          dealId: id,
          pipelineId: deal.pipelineId,
          fromStageId: previous?.stageId ?? null,
          toStageId: step.stageId,
          secondsInFromStage: previous
            ? Math.round((step.at.getTime() - previous.at.getTime()) / 1000)
            : null,
          at: step.at,
        }
      }),
    )
  })
  return id
}

export async function seedContact(
  db: ReportDb,
  t: TestTenant,
  contact: {
    createdAt: Date
    source?: string | null
    lifecycleStage?: LifecycleStage
    branchId?: string | null
    ownerUserId?: string | null
    deleted?: boolean
  },
): Promise<string> {
  const id = newId('contact')
  await db.write((tx) =>
    tx.insert(contacts).values({
      id,
      tenantId: t.tenantId,
      name: `Person ${id.slice(-6)}`,
      source: contact.source ?? null,
      lifecycleStage: contact.lifecycleStage ?? 'lead',
      branchId: contact.branchId === undefined ? t.branchId : contact.branchId,
      ownerUserId: contact.ownerUserId ?? null,
      deletedAt: contact.deleted ? new Date() : null,
      createdAt: contact.createdAt,
    }),
  )
  return id
}

export async function seedActivity(
  db: ReportDb,
  t: TestTenant,
  activity: {
    contactId: string
    type: ActivityType
    createdAt: Date
    createdByUserId?: string | null
    assigneeUserId?: string | null
    dueAt?: Date | null
    completedAt?: Date | null
    completedByUserId?: string | null
    deleted?: boolean
  },
): Promise<string> {
  const id = newId('activity')
  await db.write((tx) =>
    tx.insert(activities).values({
      id,
      tenantId: t.tenantId,
      contactId: activity.contactId,
      type: activity.type,
      body: `${activity.type} ${id.slice(-6)}`,
      createdByUserId: activity.createdByUserId ?? null,
      assigneeUserId: activity.assigneeUserId ?? null,
      dueAt: activity.dueAt ?? null,
      completedAt: activity.completedAt ?? null,
      completedByUserId: activity.completedByUserId ?? null,
      deletedAt: activity.deleted ? new Date() : null,
      createdAt: activity.createdAt,
    }),
  )
  return id
}
