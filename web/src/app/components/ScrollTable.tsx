import { type ReactNode, type Ref, useId } from 'react'

/** A column heading: its text, or `{ hidden }` for one read out but not shown (an actions column). */
export type Column = string | { hidden: string }

/**
 * A table named by its caption, in a region that scrolls sideways on narrow screens and is
 * focusable so keyboard users can scroll it too. `children` are the body's rows.
 */
export function ScrollTable({
  caption,
  columns,
  className = 'data-table',
  ref,
  children,
}: {
  caption: string
  columns: readonly Column[]
  className?: string
  ref?: Ref<HTMLElement>
  children: ReactNode
}) {
  const captionId = useId()
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section ref={ref} className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className={className}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === 'string' ? (
                <th key={column} scope="col">
                  {column}
                </th>
              ) : (
                <th key={column.hidden} scope="col">
                  <span className="visually-hidden">{column.hidden}</span>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  )
}
