import type { ReactNode } from 'react'
import { LoadError } from '../../app/components/Notices.tsx'
import type { Resource } from '../../app/useResource.ts'

/**
 * A titled list a screen loads (funnels, scheduled reports): why it failed with "Try again",
 * "Loading the {what}…", `empty` when there are none, and `children` once it has arrived.
 */
export function ListSection<T>({
  title,
  what,
  list,
  empty,
  children,
}: {
  title: string
  /** The items in plain words: "funnels", "reports". */
  what: string
  list: Resource<T[]>
  empty: ReactNode
  children: (items: T[]) => ReactNode
}) {
  return (
    <div className="an-section">
      <h2>{title}</h2>
      {list.error && (
        <LoadError onRetry={list.reload}>
          Could not load the {what}. {list.error}
        </LoadError>
      )}
      {!list.data && !list.error && <p className="muted">Loading the {what}…</p>}
      {list.data?.length === 0 && <p className="empty-state">{empty}</p>}
      {list.data && children(list.data)}
    </div>
  )
}
