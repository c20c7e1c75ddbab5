import { useId } from 'react'
import { ActivityComposer } from '../activities/ActivityComposer.tsx'
import type { RecordRef } from '../activities/activities-api.ts'
import { Timeline } from '../activities/Timeline.tsx'

interface Props {
  about: RecordRef
  /** Writers may log an activity here too. */
  canWrite: boolean
  onLogged?: () => void
  onSessionExpired: () => void
}

/** A record page's "Activity" panel: what was logged about it, newest first, and a composer. */
export function ActivitySection({ about, canWrite, onLogged, onSessionExpired }: Props) {
  const id = useId()
  return (
    <section className="record-panel" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        Activity
      </h2>
      {canWrite && <ActivityComposer {...about} onLogged={onLogged} onSessionExpired={onSessionExpired} />}
      <Timeline {...about} onSessionExpired={onSessionExpired} />
    </section>
  )
}
