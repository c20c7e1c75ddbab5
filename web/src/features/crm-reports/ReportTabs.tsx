import { type KeyboardEvent, type ReactNode, useRef } from 'react'
import type { ReportKind } from './reports-api.ts'

export const TABS: { kind: ReportKind; label: string }[] = [
  { kind: 'sales', label: 'Sales' },
  { kind: 'pipeline', label: 'Pipeline' },
  { kind: 'forecast', label: 'Forecast' },
  { kind: 'win-loss', label: 'Win/loss' },
  { kind: 'growth', label: 'Contacts' },
  { kind: 'activity', label: 'Activity' },
]

/**
 * The six reports as tabs: arrow keys, Home and End move between them (and open the one
 * reached), Tab goes on into the open panel.
 */
export function ReportTabs({
  active,
  onActivate,
  children,
}: {
  active: ReportKind
  onActivate: (kind: ReportKind) => void
  children: ReactNode
}) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  const activeIndex = Math.max(
    0,
    TABS.findIndex((t) => t.kind === active),
  )

  function onKeyDown(event: KeyboardEvent) {
    const last = TABS.length - 1
    const to =
      event.key === 'ArrowRight'
        ? (activeIndex + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (activeIndex + last) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    const tab = to === null ? undefined : TABS[to]
    if (!tab || to === null) return
    event.preventDefault()
    onActivate(tab.kind)
    tabs.current[to]?.focus()
  }

  return (
    <div className="report-tabs">
      <div role="tablist" aria-label="Reports" className="report-tabs__list">
        {TABS.map((tab, index) => (
          <button
            key={tab.kind}
            ref={(el) => {
              tabs.current[index] = el
            }}
            type="button"
            role="tab"
            id={`report-tab-${tab.kind}`}
            aria-selected={tab.kind === active}
            aria-controls="report-panel"
            tabIndex={tab.kind === active ? 0 : -1}
            className="report-tabs__tab"
            onClick={() => onActivate(tab.kind)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="report-panel"
        aria-labelledby={`report-tab-${active}`}
        className="report-tabs__panel"
      >
        {children}
      </div>
    </div>
  )
}
