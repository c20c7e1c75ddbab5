import type { NotificationPreferences } from '../../../../worker/modules/notifications/preferences.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { NotificationPreferences }

const PATH = '/api/v1/me/notification-preferences'

/** Until the member's own arrive (and if they cannot be loaded): what the server defaults to. */
export const DEFAULT_PREFERENCES: NotificationPreferences = {
  inAppNewLeads: true,
  sound: false,
  emailAssigned: true,
  emailEscalations: true,
}

export const getPreferences = (signal?: AbortSignal) => apiRequest<NotificationPreferences>(PATH, { signal })

export const savePreferences = (prefs: NotificationPreferences) =>
  apiRequest<NotificationPreferences>(PATH, { method: 'PUT', body: prefs })
