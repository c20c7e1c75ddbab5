// D1 reads behind lead alerts: where a branch announces its leads, and members' addresses.
import { and, eq, inArray } from 'drizzle-orm'
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min'
import { z } from 'zod'
import type { Ctx } from '../../context.ts'
import { memberships, users } from '../auth/auth.tables.ts'
import { branches } from '../brands/brands.tables.ts'
import { branchLeadSettings } from '../leads/routing/routing.tables.ts'
import { DEFAULT_PREFERENCES, type NotificationPreferences } from './preferences.schemas.ts'
import { preferencesOf } from './preferences.service.ts'

export interface BranchAlerts {
  name: string
  /** The branch's address when its e-mail alerts are on and it has a usable one. */
  email: string | null
  /** The branch's WhatsApp number (digits, country code first) when its WhatsApp alerts are on. */
  whatsapp: string | null
}

const isEmail = (value: string | null): value is string => !!value && z.email().safeParse(value).success

/** A branch's alert channels; no settings row means the defaults (e-mail on, WhatsApp off). */
export async function branchAlerts(
  ctx: Ctx,
  tenantId: string,
  branchId: string,
): Promise<BranchAlerts | null> {
  const [row] = await ctx.d1
    .select({
      name: branches.name,
      email: branches.email,
      whatsapp: branches.whatsapp,
      address: branches.address,
      notifyEmail: branchLeadSettings.notifyEmail,
      notifyWhatsapp: branchLeadSettings.notifyWhatsapp,
    })
    .from(branches)
    .leftJoin(
      branchLeadSettings,
      and(eq(branchLeadSettings.branchId, branches.id), eq(branchLeadSettings.tenantId, tenantId)),
    )
    .where(and(eq(branches.tenantId, tenantId), eq(branches.id, branchId)))
  if (!row) return null
  const notifyEmail = row.notifyEmail ?? true
  const notifyWhatsapp = row.notifyWhatsapp ?? false
  return {
    name: row.name,
    email: notifyEmail && isEmail(row.email) ? row.email : null,
    whatsapp: notifyWhatsapp && row.whatsapp ? whatsappNumber(row.whatsapp, row.address?.country) : null,
  }
}

/**
 * The Cloud API wants the international number as digits. A number written without its
 * country code is read in the branch's country.
 */
export function whatsappNumber(raw: string, country: string | undefined): string | null {
  const phone = parsePhoneNumberFromString(raw, country as CountryCode | undefined)
  return phone?.isPossible() ? phone.number.slice(1) : null
}

export interface MemberRecipient {
  userId: string
  email: string
  name: string
  prefs: NotificationPreferences
}

/** Those of `userIds` who are still members of the tenant, with their address and preferences. */
export async function memberRecipients(
  ctx: Ctx,
  tenantId: string,
  userIds: readonly string[],
): Promise<MemberRecipient[]> {
  const ids = [...new Set(userIds)]
  if (ids.length === 0) return []
  const rows = await ctx.d1
    .select({ userId: users.id, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), inArray(memberships.userId, ids)))
  const prefs = await preferencesOf(
    ctx,
    tenantId,
    rows.map((row) => row.userId),
  )
  return rows
    .filter((row) => isEmail(row.email))
    .map((row) => ({ ...row, prefs: prefs.get(row.userId) ?? DEFAULT_PREFERENCES }))
}
