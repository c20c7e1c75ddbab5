import { type KeyboardEvent, useRef, useState } from 'react'
import { FieldsPanel } from './FieldsPanel.tsx'
import { ENTITY_TABS } from './field-format.ts'

/** Settings › Custom fields: one tab per kind of record, each with its fields in form order. */
export function CrmFieldsPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const [active, setActive] = useState(0)
  const tabs = useRef<(HTMLButtonElement | null)[]>([])

  function onKeyDown(event: KeyboardEvent, index: number) {
    const last = ENTITY_TABS.length - 1
    const to =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (to === null) return
    event.preventDefault()
    setActive(to)
    tabs.current[to]?.focus()
  }

  return (
    <>
      <h1 tabIndex={-1}>Custom fields</h1>
      <p className="muted">
        Fields your team fills in on contacts, companies and deals, beside the built-in ones. They show on
        record forms, in filters, imports and exports.
      </p>
      <div className="pane-tabs crm-fields-tabs">
        <div role="tablist" aria-label="Kind of record" className="pane-tabs__list">
          {ENTITY_TABS.map((tab, index) => (
            <button
              key={tab.entity}
              ref={(el) => {
                tabs.current[index] = el
              }}
              type="button"
              role="tab"
              id={`crm-fields-tab-${tab.entity}`}
              aria-selected={index === active}
              aria-controls={`crm-fields-panel-${tab.entity}`}
              tabIndex={index === active ? 0 : -1}
              className="pane-tabs__tab"
              onClick={() => setActive(index)}
              onKeyDown={(e) => onKeyDown(e, index)}
            >
              {tab.label}
            </button>
          ))}
        </div>
        {ENTITY_TABS.map((tab, index) => (
          <div
            key={tab.entity}
            role="tabpanel"
            id={`crm-fields-panel-${tab.entity}`}
            aria-labelledby={`crm-fields-tab-${tab.entity}`}
            hidden={index !== active}
            className="pane-tabs__panel"
          >
            {index === active && (
              <FieldsPanel entity={tab.entity} title={tab.label} onSessionExpired={onSessionExpired} />
            )}
          </div>
        ))}
      </div>
    </>
  )
}
