import { asc, eq, sql } from 'drizzle-orm'
import { inject } from 'vitest'
import { connectPg } from '../../../worker/lib/pg.ts'
import { contacts } from '../../../worker/modules/crm/index.ts'
import { leadColumns, toLead } from '../../../worker/modules/leads/lead-view.ts'
import { leads } from '../../../worker/modules/leads/leads.tables.ts'

/**
 * Postgres as its owner (the migrations' role), through the same driver the Worker uses: for
 * reading rows across the app role's policies and for installing test triggers.
 */
export async function asOwner<T>(work: (db: ReturnType<typeof connectPg>['db']) => Promise<T>): Promise<T> {
  const handle = connectPg(inject('pgAdminUrl'))
  try {
    return await work(handle.db)
  } finally {
    await handle.close()
  }
}

export async function pgRows<T extends Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T[]> {
  return asOwner(async (db) => (await db.execute(query)).rows as T[])
}

/** The tenant's leads in their public shape, oldest first, whatever the inbox filters. */
export const publicLeadsOf = (tenantId: string) =>
  asOwner(async (db) =>
    (
      await db
        .select(leadColumns)
        .from(leads)
        .innerJoin(contacts, eq(contacts.id, leads.contactId))
        .where(eq(leads.tenantId, tenantId))
        .orderBy(asc(leads.createdAt))
    ).map(toLead),
  )

export const contactsOf = (tenantId: string) =>
  pgRows<{ id: string; name: string; email: string | null; phone: string | null }>(
    sql`select id, name, email, phone from contacts where tenant_id = ${tenantId} order by id`,
  )

export const leadsOf = (tenantId: string) =>
  pgRows<{
    id: string
    contact_id: string
    touch_count: number
    owner_user_id: string | null
    spam: boolean
  }>(
    sql`select id, contact_id, touch_count, owner_user_id, spam from leads where tenant_id = ${tenantId} order by created_at`,
  )

export const touchesOf = (tenantId: string) =>
  pgRows<{ id: string; lead_id: string; source: string; dispatched_at: Date | null }>(
    sql`select id, lead_id, source, dispatched_at from lead_touches where tenant_id = ${tenantId} order by created_at`,
  )

/** Installs a row trigger, for one tenant's rows only, as the table owner; returns its uninstaller. */
async function installTrigger(tenantId: string, table: string, purpose: string, body: string) {
  if (!/^[a-z]+_[0-9A-Z]+$/.test(tenantId)) throw new Error('unexpected tenant id')
  const name = `${purpose}_${tenantId.toLowerCase()}`
  await asOwner(async (db) => {
    await db.execute(sql.raw(`create sequence ${name}`))
    await db.execute(
      sql.raw(`create function ${name}() returns trigger language plpgsql security definer as $$
        begin
          if new.tenant_id = '${tenantId}' then ${body.replaceAll('$seq', name)} end if;
          return new;
        end $$`),
    )
    await db.execute(
      sql.raw(`create trigger ${name} before insert on ${table} for each row execute function ${name}()`),
    )
  })
  return () =>
    asOwner(async (db) => {
      await db.execute(sql.raw(`drop trigger if exists ${name} on ${table}`))
      await db.execute(sql.raw(`drop function if exists ${name}()`))
      await db.execute(sql.raw(`drop sequence if exists ${name}`))
    })
}

/**
 * Makes the next `failures` touch inserts of one tenant fail inside Postgres, as a CRM outage
 * would mid-transaction; other tenants (and other test files) are untouched. The counter is a
 * sequence, which a rolled-back transaction does not undo.
 */
export const failTouchInserts = (tenantId: string, failures: number) =>
  installTrigger(
    tenantId,
    'lead_touches',
    'fail',
    `if nextval('$seq') <= ${failures} then raise exception 'injected CRM write failure'; end if;`,
  )

/** Holds every lead insert of one tenant for a moment, so concurrent arrivals overlap for sure. */
export const slowLeadInserts = (tenantId: string, seconds: number) =>
  installTrigger(tenantId, 'leads', 'slow', `perform pg_sleep(${seconds});`)
