import { TabList } from '../../app/components/TabList.tsx'
import { KINDS, type Kind } from './composer-draft.ts'

/** The composer's tabs for the kind of activity. Tab `${id}-tab-<kind>` controls the panel `${id}-panel`. */
export function KindTabs({ id, kind, onSwitch }: { id: string; kind: Kind; onSwitch: (next: Kind) => void }) {
  return (
    <TabList
      tabs={KINDS}
      active={kind}
      onActivate={onSwitch}
      label="Kind of activity"
      className="pane-tabs__list"
      tabId={(k) => `${id}-tab-${k}`}
      panelId={() => `${id}-panel`}
    />
  )
}
