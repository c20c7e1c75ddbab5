import { type KeyboardEvent, type ReactNode, useRef } from 'react'

export interface Pane {
  id: string
  label: string
  content: ReactNode
}

/** On a phone the panes take turns: tabs, with arrow keys moving between them. */
export function PaneTabs({
  panes,
  active,
  onActivate,
}: {
  panes: Pane[]
  active: string
  onActivate: (id: string) => void
}) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([])

  function onKeyDown(event: KeyboardEvent, index: number) {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key]
    const to =
      step === undefined
        ? event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? panes.length - 1
            : null
        : (index + step + panes.length) % panes.length
    const pane = to === null ? undefined : panes[to]
    if (!pane || to === null) return
    event.preventDefault()
    onActivate(pane.id)
    tabs.current[to]?.focus()
  }

  return (
    <div className="pane-tabs">
      <div role="tablist" aria-label="Builder" className="pane-tabs__list">
        {panes.map((pane, index) => (
          <button
            key={pane.id}
            ref={(el) => {
              tabs.current[index] = el
            }}
            type="button"
            role="tab"
            id={`tab-${pane.id}`}
            aria-selected={pane.id === active}
            aria-controls={`panel-${pane.id}`}
            tabIndex={pane.id === active ? 0 : -1}
            className="pane-tabs__tab"
            onClick={() => onActivate(pane.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {pane.label}
          </button>
        ))}
      </div>
      {panes.map((pane) => (
        <div
          key={pane.id}
          role="tabpanel"
          id={`panel-${pane.id}`}
          aria-labelledby={`tab-${pane.id}`}
          hidden={pane.id !== active}
          className="pane-tabs__panel"
        >
          {pane.content}
        </div>
      ))}
    </div>
  )
}
