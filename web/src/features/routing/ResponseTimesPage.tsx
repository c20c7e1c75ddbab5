import { useCallback, useId, useState } from 'react'
import { LoadError } from '../../app/components/Notices.tsx'
import { useResource } from '../../app/useResource.ts'
import { listBranches } from '../brands/brands-api.ts'
import { replaceQuery, useRangeInUrl } from '../qr/analytics/AnalyticsView.tsx'
import { DateRangeFilter } from '../qr/analytics/DateRangeFilter.tsx'
import type { DateRange } from '../qr/analytics/date-range.ts'
import { type ChartRow, ResponseTimesChart } from './ResponseTimesChart.tsx'
import { ResponseTimesTable } from './ResponseTimesTable.tsx'
import { getResponseTimes } from './routing-api.ts'

const branchChoices = (signal?: AbortSignal) => listBranches({}, signal)

/** /app/reports/response-times: how fast leads are answered, per branch and per agent. */
export function ResponseTimesPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const id = useId()
  const { today, range, setRange } = useRangeInUrl()
  const [branchId, setBranchId] = useState(() => new URLSearchParams(location.search).get('branchId') ?? '')
  const branches = useResource(branchChoices, onSessionExpired)
  const load = useCallback(
    (signal?: AbortSignal) => getResponseTimes({ from: range.from, to: range.to, branchId }, signal),
    [range.from, range.to, branchId],
  )
  const report = useResource(load, onSessionExpired)

  function show(nextRange: DateRange, nextBranch: string) {
    setRange(nextRange)
    setBranchId(nextBranch)
    replaceQuery({ from: nextRange.from, to: nextRange.to, branchId: nextBranch })
  }

  const data = report.data
  const branchRows: ChartRow[] = (data?.branches ?? []).map((b) => ({
    ...b,
    key: b.branchId,
    name: b.name || 'A branch',
  }))
  const agentRows: ChartRow[] = (data?.agents ?? []).map((a) => ({
    ...a,
    key: a.userId,
    name: a.name || 'A former member',
  }))
  const total: ChartRow | undefined = data ? { ...data.total, key: 'total', name: 'All' } : undefined
  const branchName = branches.data?.find((b) => b.id === branchId)?.name

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Response times</h1>
      </div>
      <p className="muted">
        Minutes from a lead’s arrival to its first response (a status change, call, note or reply), spam left
        out. Breaches are leads answered after their branch’s target, or not at all.
      </p>
      <DateRangeFilter range={range} today={today} onChange={(next) => show(next, branchId)} />
      <div className="field">
        <label htmlFor={`${id}-branch`}>Branch</label>
        <select id={`${id}-branch`} value={branchId} onChange={(e) => show(range, e.target.value)}>
          <option value="">Every branch you can see</option>
          {(branches.data ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {b.name} ({b.brandName})
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="muted">
        {data
          ? `${branchName ?? 'Every branch'}, ${data.from} to ${data.to}: ${data.total.leads} leads, ${data.total.responded} answered.`
          : ''}
      </p>
      {report.error && (
        <LoadError onRetry={report.reload}>Could not load the report. {report.error}</LoadError>
      )}
      {!data && !report.error && <p className="muted">Loading the report…</p>}
      {data && total && (
        <>
          <ResponseTimesChart title="Minutes to first response, per branch" rows={branchRows} />
          <ResponseTimesTable caption="Per branch" heading="Branch" rows={branchRows} total={total} />
          <ResponseTimesChart title="Minutes to first response, per agent" rows={agentRows} />
          <ResponseTimesTable caption="Per agent (leads assigned to them)" heading="Agent" rows={agentRows} />
        </>
      )}
    </>
  )
}
