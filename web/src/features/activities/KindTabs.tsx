import { type KeyboardEvent, useRef } from 'react'
import { KINDS, type Kind } from './composer-draft.ts'

/**
 * The composer's tabs for the kind of activity, with arrow, Home and End keys moving between
 * them. Tab `${id}-tab-<kind>` controls the panel `${id}-panel`.
 */
export function KindTabs({ id, kind, onSwitch }: { id: string; kind: Kind; onSwitch: (next: Kind) => void }) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([])

  function onTabKey(event: KeyboardEvent, index: number) {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key]
    let to: number | null = step === undefined ? null : (index + step + KINDS.length) % KINDS.length
    if (event.key === 'Home') to = 0
    if (event.key === 'End') to = KINDS.length - 1
    const next = to === null ? undefined : KINDS[to]
    if (!next) return
    event.preventDefault()
    onSwitch(next.id)
    tabs.current[KINDS.findIndex((k) => k.id === next.id)]?.focus()
  }

  return (
    <div role="tablist" aria-label="Kind of activity" className="pane-tabs__list">
      {KINDS.map((k, index) => (
        <button
          key={k.id}
          ref={(el) => {
            tabs.current[index] = el
          }}
          type="button"
          role="tab"
          id={`${id}-tab-${k.id}`}
          aria-selected={k.id === kind}
          aria-controls={`${id}-panel`}
          tabIndex={k.id === kind ? 0 : -1}
          className="pane-tabs__tab"
          onClick={() => onSwitch(k.id)}
          onKeyDown={(e) => onTabKey(e, index)}
        >
          {k.label}
        </button>
      ))}
    </div>
  )
}
