import type { ServerMessage } from '../../realtime/messages.ts'

type Notice = Extract<ServerMessage, { type: 'crm.notice' }>

const TITLES: Record<Notice['kind'], string> = {
  reminder: 'Reminder',
  mention: 'You were mentioned',
  automation: 'Deal update',
  import: 'Import finished',
}

/** A CRM notice for this member as a toast: what it is, its text, and where it leads. */
export function noticeToast(message: Notice, userId: string) {
  if (message.userId !== userId) return null
  return {
    // One toast per notice: the time and title tell two notices apart.
    leadId: `notice:${message.at}:${message.title}`,
    title: TITLES[message.kind],
    leadName: message.title,
    href: message.link ?? '/app/activities',
  }
}
