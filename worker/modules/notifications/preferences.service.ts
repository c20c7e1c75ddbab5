import { and, eq, inArray } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { DEFAULT_PREFERENCES, type NotificationPreferences } from './preferences.schemas.ts'
import { notificationPreferences } from './preferences.tables.ts'

const switchColumns = {
  inAppNewLeads: notificationPreferences.inAppNewLeads,
  sound: notificationPreferences.sound,
  emailAssigned: notificationPreferences.emailAssigned,
  emailEscalations: notificationPreferences.emailEscalations,
}

/** A member's preferences in a tenant; the defaults when they never saved any. */
export async function getPreferences(
  ctx: Ctx,
  tenantId: string,
  userId: string,
): Promise<NotificationPreferences> {
  const [row] = await ctx.d1
    .select(switchColumns)
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.tenantId, tenantId), eq(notificationPreferences.userId, userId)))
  return row ?? DEFAULT_PREFERENCES
}

/** Several members' preferences at once (alert recipients); members without a row get the defaults. */
export async function preferencesOf(
  ctx: Ctx,
  tenantId: string,
  userIds: readonly string[],
): Promise<Map<string, NotificationPreferences>> {
  const found = new Map<string, NotificationPreferences>(userIds.map((id) => [id, DEFAULT_PREFERENCES]))
  if (userIds.length === 0) return found
  const rows = await ctx.d1
    .select({ userId: notificationPreferences.userId, ...switchColumns })
    .from(notificationPreferences)
    .where(
      and(
        eq(notificationPreferences.tenantId, tenantId),
        inArray(notificationPreferences.userId, [...userIds]),
      ),
    )
  for (const { userId, ...prefs } of rows) found.set(userId, prefs)
  return found
}

export async function savePreferences(
  ctx: Ctx,
  tenantId: string,
  userId: string,
  prefs: NotificationPreferences,
): Promise<NotificationPreferences> {
  const values = { ...prefs, updatedAt: ctx.now() }
  await ctx.d1
    .insert(notificationPreferences)
    .values({ tenantId, userId, ...values })
    .onConflictDoUpdate({
      target: [notificationPreferences.tenantId, notificationPreferences.userId],
      set: values,
    })
  return prefs
}
