import type { Overview, Totals } from './analytics-api.ts'
import { type Change, countChange, formatCount, formatPercent, rateChange } from './analytics-format.ts'
import { ChangeText } from './ChangeText.tsx'

type CountKey = Exclude<keyof Totals, 'conversionRate' | 'excluded'>

const COUNTS: { key: CountKey; label: string; hint: string }[] = [
  { key: 'visitors', label: 'Visitors', hint: 'Different people each day, without cookies' },
  { key: 'views', label: 'Page views', hint: 'Pages opened on your microsites' },
  { key: 'actions', label: 'Actions', hint: 'Calls, WhatsApp, directions, forms…' },
  { key: 'scans', label: 'QR scans', hint: 'Dynamic QR codes opened' },
  { key: 'leads', label: 'Leads', hint: 'New enquiries received' },
]

function Kpi({ label, value, hint, change }: { label: string; value: string; hint: string; change: Change }) {
  return (
    <div className="an-kpi">
      <dt>{label}</dt>
      <dd className="an-kpi__value">{value}</dd>
      <dd className="an-kpi__change">
        <ChangeText change={change} />
      </dd>
      <dd className="an-kpi__hint muted">{hint}</dd>
    </div>
  )
}

/** The period's key figures, each with its change against the previous period when compared. */
export function KpiCards({ overview }: { overview: Overview }) {
  const { totals, previousTotals: previous } = overview
  return (
    <dl className="an-kpis">
      {COUNTS.map(({ key, label, hint }) => (
        <Kpi
          key={key}
          label={label}
          value={formatCount(totals[key])}
          hint={hint}
          change={countChange(totals[key], previous?.[key])}
        />
      ))}
      <Kpi
        label="Conversion rate"
        value={formatPercent(totals.conversionRate)}
        hint="Leads per visitor"
        change={rateChange(totals.conversionRate, previous?.conversionRate)}
      />
    </dl>
  )
}
