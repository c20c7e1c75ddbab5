import { z } from '@hono/zod-openapi'

const Switch = (description: string) => z.boolean().openapi({ description })

const switches = {
  inAppNewLeads: Switch(
    'Dashboard toasts for every new lead in your branches (leads assigned to you always show)',
  ),
  sound: Switch('A short sound with each dashboard toast'),
  emailAssigned: Switch('E-mail when a lead is assigned to you, or a lead of yours comes back'),
  emailEscalations: Switch('E-mail when a lead waits past its first-response target and it escalates to you'),
}

export const NotificationPreferences = z.object(switches).openapi('NotificationPreferences')
export type NotificationPreferences = z.infer<typeof NotificationPreferences>

/** Every switch, every time: a PUT replaces the member's preferences whole. */
export const UpdateNotificationPreferencesBody = z
  .strictObject(switches)
  .openapi('UpdateNotificationPreferencesBody')

/** What a member without a saved row gets; the columns' defaults say the same. */
export const DEFAULT_PREFERENCES: NotificationPreferences = {
  inAppNewLeads: true,
  sound: false,
  emailAssigned: true,
  emailEscalations: true,
}
