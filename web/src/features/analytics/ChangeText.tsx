import { arrowOf, type Change } from './analytics-format.ts'

/** A change against the previous period: an arrow for the eye, the words for everyone. */
export function ChangeText({ change, className = 'an-change' }: { change: Change; className?: string }) {
  if (change.direction === 'none') return null
  const arrow = arrowOf(change)
  return (
    <span className={className} data-direction={change.direction}>
      {arrow && <span aria-hidden="true">{arrow} </span>}
      {change.text}
    </span>
  )
}
