import { type ReactNode, useId } from 'react'

/**
 * The bar over a list for acting on its selected rows: how many are selected, the actions, a
 * way to clear the selection, and why the last action failed.
 */
export function SelectionBar({
  title,
  error,
  onClear,
  children,
}: {
  /** "3 leads selected". */
  title: string
  error: string
  onClear: () => void
  /** The actions, before "Clear selection". */
  children: ReactNode
}) {
  const id = useId()
  return (
    <section className="bulk-bar" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="bulk-bar__title">
        {title}
      </h2>
      <div className="bulk-bar__actions">
        {children}
        <button type="button" className="button button--quiet" onClick={onClear}>
          Clear selection
        </button>
      </div>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
    </section>
  )
}
