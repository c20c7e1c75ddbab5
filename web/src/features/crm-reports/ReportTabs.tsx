import type { ReactNode } from 'react'
import { TabList } from '../../app/components/TabList.tsx'
import type { ReportKind } from './reports-api.ts'

export const TABS: { id: ReportKind; label: string }[] = [
  { id: 'sales', label: 'Sales' },
  { id: 'pipeline', label: 'Pipeline' },
  { id: 'forecast', label: 'Forecast' },
  { id: 'win-loss', label: 'Win/loss' },
  { id: 'growth', label: 'Contacts' },
  { id: 'activity', label: 'Activity' },
]

/** The six reports as tabs over the open report. */
export function ReportTabs({
  active,
  onActivate,
  children,
}: {
  active: ReportKind
  onActivate: (kind: ReportKind) => void
  children: ReactNode
}) {
  return (
    <div className="report-tabs">
      <TabList
        tabs={TABS}
        active={active}
        onActivate={onActivate}
        label="Reports"
        className="report-tabs__list"
        tabClassName="report-tabs__tab"
        tabId={(kind) => `report-tab-${kind}`}
        panelId={() => 'report-panel'}
      />
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
