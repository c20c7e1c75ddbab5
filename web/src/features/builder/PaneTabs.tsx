import type { ReactNode } from 'react'
import { TabList } from '../../app/components/TabList.tsx'

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
  return (
    <div className="pane-tabs">
      <TabList
        tabs={panes}
        active={active}
        onActivate={onActivate}
        label="Builder"
        className="pane-tabs__list"
        tabId={(id) => `tab-${id}`}
        panelId={(id) => `panel-${id}`}
      />
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
