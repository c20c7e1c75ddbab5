import type { NotificationPreferences } from '../../../../worker/modules/notifications/preferences.schemas.ts'
import type { ServerMessage } from '../../realtime/messages.ts'
import { noticeToast } from '../activities/notice-toast.ts'

export interface LeadToast {
  leadId: string
  title: string
  leadName: string
  /** Where the toast leads when it is not a lead (a CRM reminder or mention). */
  href?: string
}

export interface ToastContext {
  userId: string
  prefs: NotificationPreferences
  /** The Leads inbox is open: new leads show in its table, so only ones assigned to me toast. */
  onInbox: boolean
}

/**
 * Whether a live event deserves a toast, and what it says. Spam never does; a lead assigned to
 * me always does; any other new lead only when I want new-lead toasts and am not looking at
 * the inbox already.
 */
export function toastFor(message: ServerMessage, { userId, prefs, onInbox }: ToastContext): LeadToast | null {
  if (message.type === 'crm.notice') return noticeToast(message, userId)
  if (message.type !== 'lead.created' && message.type !== 'lead.updated') return null
  const { lead } = message
  if (lead.spam?.marked) return null
  const mine = lead.ownerUserId === userId
  if (message.type === 'lead.updated') {
    return message.change === 'assigned' && mine
      ? { leadId: lead.id, title: 'Lead assigned to you', leadName: lead.name }
      : null
  }
  if (mine) return { leadId: lead.id, title: 'New lead assigned to you', leadName: lead.name }
  if (!prefs.inAppNewLeads || onInbox) return null
  return { leadId: lead.id, title: 'New lead', leadName: lead.name }
}
