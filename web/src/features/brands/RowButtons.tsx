import type { ListState } from './useList.ts'

/**
 * "Remove {noun} {n}" for row `index` of `list`; with `reorder`, also "Move up" on every row but
 * the first, the two in a row of buttons.
 */
export function RowButtons<T>({
  list,
  index,
  noun,
  reorder = false,
}: {
  list: ListState<T>
  index: number
  noun: string
  reorder?: boolean
}) {
  const remove = (
    <button type="button" className="button button--quiet" onClick={() => list.remove(index)}>
      Remove {noun} {index + 1}
    </button>
  )
  if (!reorder) return remove
  return (
    <div className="button-row">
      {index > 0 && (
        <button type="button" className="button button--quiet" onClick={() => list.moveUp(index)}>
          Move up
          <span className="visually-hidden">
            {' '}
            {noun} {index + 1}
          </span>
        </button>
      )}
      {remove}
    </div>
  )
}
