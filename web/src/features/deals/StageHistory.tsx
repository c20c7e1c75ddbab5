import { useId } from 'react'
import { formatDuration } from './deal-format.ts'
import type { DealDetail } from './deals-api.ts'

interface Props {
  history: DealDetail['history']
  ownerName: (userId: string | null) => string
}

const when = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

/** Every stage the deal entered, newest first, with how long it sat in the one before. */
export function StageHistory({ history, ownerName }: Props) {
  const headingId = useId()
  return (
    <section className="record-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        Stage history
      </h2>
      <ol className="stage-history" reversed>
        {[...history].reverse().map((change) => (
          <li key={change.id}>
            <span>
              {change.fromStageId ? (
                <>
                  <bdi>{change.fromStageName ?? 'A removed stage'}</bdi> →{' '}
                  <bdi>{change.toStageName ?? 'A removed stage'}</bdi>
                </>
              ) : (
                <>
                  Created in <bdi>{change.toStageName ?? 'a removed stage'}</bdi>
                </>
              )}
            </span>
            <span className="muted">
              {' '}
              · <time dateTime={change.at}>{when(change.at)}</time>
              {change.secondsInFromStage !== null && ` · after ${formatDuration(change.secondsInFromStage)}`}
              {change.byUserId && ` · ${ownerName(change.byUserId)}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
