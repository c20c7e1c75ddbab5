import { useId } from 'react'
import type { DuplicatePair } from './duplicates-api.ts'

const added = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' })

/** One likely pair, side by side (stacked on a phone), with why it looks like one and what to do. */
export function DuplicatePairCard({
  pair,
  canMerge,
  onMerge,
  onDismiss,
}: {
  pair: DuplicatePair
  canMerge: boolean
  onMerge: () => void
  onDismiss: () => void
}) {
  const id = useId()
  const [a, b] = pair.records
  return (
    <li className="dupe-pair">
      <article aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="dupe-pair__title">
          <bdi>{a.name}</bdi> and <bdi>{b.name}</bdi>
          <span className="dupe-pair__confidence">{pair.confidence}% likely the same</span>
        </h2>
        <ul className="dupe-pair__reasons">
          {pair.reasons.map((reason) => (
            <li key={reason.kind}>{reason.label}</li>
          ))}
        </ul>
        <div className="dupe-pair__records">
          {pair.records.map((record) => (
            <section key={record.id} className="dupe-record" aria-label={record.name}>
              <h3 className="dupe-record__name">
                <bdi>{record.name}</bdi>
              </h3>
              <dl className="dupe-record__facts">
                {record.facts.map((fact) => (
                  <div key={fact.label}>
                    <dt>{fact.label}</dt>
                    <dd>
                      <bdi>{fact.value}</bdi>
                    </dd>
                  </div>
                ))}
                <div>
                  <dt>Added</dt>
                  <dd>{added(record.createdAt)}</dd>
                </div>
              </dl>
            </section>
          ))}
        </div>
        <div className="dupe-pair__actions">
          {canMerge && (
            <button type="button" className="button button--primary" onClick={onMerge}>
              Merge…
              <span className="visually-hidden">
                {' '}
                {a.name} and {b.name}
              </span>
            </button>
          )}
          <button type="button" className="button" onClick={onDismiss}>
            Not a duplicate
            <span className="visually-hidden">
              : {a.name} and {b.name}
            </span>
          </button>
        </div>
      </article>
    </li>
  )
}
