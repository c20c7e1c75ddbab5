import { useState } from 'react'
import { TabList } from '../../app/components/TabList.tsx'
import type { CrmEntity } from './crm-fields-api.ts'
import { FieldsPanel } from './FieldsPanel.tsx'
import { ENTITY_TABS } from './field-format.ts'

/** Settings › Custom fields: one tab per kind of record, each with its fields in form order. */
export function CrmFieldsPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const [active, setActive] = useState<CrmEntity>('contact')
  return (
    <>
      <h1 tabIndex={-1}>Custom fields</h1>
      <p className="muted">
        Fields your team fills in on contacts, companies and deals, beside the built-in ones. They show on
        record forms, in filters, imports and exports.
      </p>
      <div className="pane-tabs crm-fields-tabs">
        <TabList
          tabs={ENTITY_TABS}
          active={active}
          onActivate={setActive}
          label="Kind of record"
          className="pane-tabs__list"
          tabId={(entity) => `crm-fields-tab-${entity}`}
          panelId={(entity) => `crm-fields-panel-${entity}`}
        />
        {ENTITY_TABS.map((tab) => (
          <div
            key={tab.id}
            role="tabpanel"
            id={`crm-fields-panel-${tab.id}`}
            aria-labelledby={`crm-fields-tab-${tab.id}`}
            hidden={tab.id !== active}
            className="pane-tabs__panel"
          >
            {tab.id === active && (
              <FieldsPanel entity={tab.id} title={tab.label} onSessionExpired={onSessionExpired} />
            )}
          </div>
        ))}
      </div>
    </>
  )
}
