import { useNotifications } from './notification-store.ts'

const shown = (count: number) => (count > 99 ? '99+' : String(count))

/** How many leads were announced since the inbox was last opened. */
export const useUnreadCount = (): number => useNotifications().unread.size

/**
 * The Leads link's name with its count, "Leads, 3 new": one phrase for screen readers (hidden
 * text beside the label would be read with a pause, "Leads , 3 new").
 */
export const unreadLabel = (label: string, count: number): string | undefined =>
  count > 0 ? `${label}, ${shown(count)} new` : undefined

/** The count drawn beside "Leads"; the link's name says it in words. */
export function UnreadBadge({ count }: { count: number }) {
  if (count === 0) return null
  return (
    <span className="nav-badge" aria-hidden="true">
      {shown(count)}
    </span>
  )
}
