import { useEffect, useRef } from 'react'

/**
 * The header checkbox of a table whose rows can be selected: ticked when every row shown is
 * selected, mixed when only some are. Mixed is a DOM property with no attribute, hence the effect.
 */
export function SelectAllBox({
  ids,
  selected,
  onSelect,
  label,
}: {
  /** The rows shown. */
  ids: readonly string[]
  selected: ReadonlySet<string>
  onSelect: (ids: readonly string[], on: boolean) => void
  label: string
}) {
  const ref = useRef<HTMLInputElement>(null)
  const count = ids.filter((id) => selected.has(id)).length
  const all = count > 0 && count === ids.length
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && !all
  }, [count, all])
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      checked={all}
      onChange={(e) => onSelect(ids, e.target.checked)}
    />
  )
}
