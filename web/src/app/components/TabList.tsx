import { type KeyboardEvent, useRef } from 'react'

/**
 * A row of tabs, one in the Tab order at a time (the active one): arrow keys, Home and End move
 * to another tab and open it, Tab goes on into the panel. The caller draws the panels, with the
 * ids `tabId` and `panelId` give, so each tab and its panel name each other.
 */
export function TabList<K extends string>({
  tabs,
  active,
  onActivate,
  label,
  className,
  tabClassName = 'pane-tabs__tab',
  tabId,
  panelId,
}: {
  tabs: readonly { id: K; label: string }[]
  active: K
  onActivate: (id: K) => void
  /** The list's accessible name. */
  label: string
  className: string
  tabClassName?: string
  tabId: (id: K) => string
  panelId: (id: K) => string
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([])

  function onKeyDown(event: KeyboardEvent, index: number) {
    const last = tabs.length - 1
    const to = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key]
    const tab = to === undefined ? undefined : tabs[to]
    if (!tab || to === undefined) return
    event.preventDefault()
    onActivate(tab.id)
    buttons.current[to]?.focus()
  }

  return (
    <div role="tablist" aria-label={label} className={className}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(el) => {
            buttons.current[index] = el
          }}
          type="button"
          role="tab"
          id={tabId(tab.id)}
          aria-selected={tab.id === active}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === active ? 0 : -1}
          className={tabClassName}
          onClick={() => onActivate(tab.id)}
          onKeyDown={(e) => onKeyDown(e, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  )
}
