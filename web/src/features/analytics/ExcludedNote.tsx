import type { Overview } from './analytics-api.ts'
import { EXCLUSION_LABELS, formatCount, plural } from './analytics-format.ts'

/** What was left out of every number above, and why, so the exclusion is visible. */
export function ExcludedNote({ overview }: { overview: Overview }) {
  const total = overview.totals.excluded
  const reasons = overview.excluded.filter((row) => row.count > 0)
  return (
    <div className="an-excluded">
      <p>
        <strong>{formatCount(total)} excluded</strong> (bots, link previews and your own previews, not
        counted): they are in no other number on this page.
      </p>
      {reasons.length > 0 && (
        <ul className="an-excluded__reasons">
          {reasons.map((row) => (
            <li key={row.reason}>
              {EXCLUSION_LABELS[row.reason]}: {plural(row.count, 'request')}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
