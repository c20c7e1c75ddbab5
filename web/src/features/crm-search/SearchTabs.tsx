import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react'
import { SEARCH_TYPES, type SearchType, TYPE_PLURAL } from './search-api.ts'

export type Tab = 'all' | SearchType

const TABS: { tab: Tab; label: string }[] = [
  { tab: 'all', label: 'All' },
  ...SEARCH_TYPES.map((type) => ({ tab: type, label: TYPE_PLURAL[type] })),
]

/** All results or one kind's, as tabs: arrow keys, Home and End move and open; Tab enters the panel. */
export function SearchTabs({
  active,
  onActivate,
  children,
}: {
  active: Tab
  onActivate: (tab: Tab) => void
  children: ReactNode
}) {
  const id = useId()
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const index = Math.max(
    0,
    TABS.findIndex((t) => t.tab === active),
  )

  function onKeyDown(event: KeyboardEvent) {
    const last = TABS.length - 1
    const to = {
      ArrowRight: (index + 1) % TABS.length,
      ArrowLeft: (index + last) % TABS.length,
      Home: 0,
      End: last,
    }[event.key]
    if (to === undefined) return
    event.preventDefault()
    onActivate(TABS[to]!.tab)
    buttons.current[to]?.focus()
  }

  return (
    <div className="pane-tabs search-tabs">
      <div role="tablist" aria-label="Kind of record" className="pane-tabs__list">
        {TABS.map(({ tab, label }, i) => (
          <button
            key={tab}
            ref={(el) => {
              buttons.current[i] = el
            }}
            type="button"
            role="tab"
            id={`${id}-${tab}`}
            aria-selected={tab === active}
            aria-controls={`${id}-panel`}
            tabIndex={tab === active ? 0 : -1}
            className="pane-tabs__tab"
            onClick={() => onActivate(tab)}
            onKeyDown={onKeyDown}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${active}`}
        className="pane-tabs__panel"
      >
        {children}
      </div>
    </div>
  )
}
