import { useEffect, useRef, useState } from 'react'
import type { Session } from '../../../api/auth.ts'
import { isUnauthorized } from '../../../api/client.ts'
import { LoadError } from '../../../app/components/Notices.tsx'
import { useResource } from '../../../app/useResource.ts'
import { messageOf } from '../../../app/useSession.ts'
import { AnalyticsTabs } from '../AnalyticsTabs.tsx'
import { formatLongDay, plural } from '../analytics-format.ts'
import { ReportForm } from './ReportForm.tsx'
import { editButtonId, ReportsTable } from './ReportsTable.tsx'
import { RetentionSetting } from './RetentionSetting.tsx'
import { FREQUENCY_LABELS, recipientsSummary, scopeLabel } from './report-format.ts'
import {
  createReport,
  deleteReport,
  listBrandChoices,
  listReports,
  type ReportInput,
  type ScheduledReport,
  sendReportNow,
  updateReport,
} from './reports-api.ts'

type Editing = { report: ScheduledReport | null } | null

/** /app/analytics/reports: e-mailed weekly and monthly reports, and how long raw events are kept. */
export function AnalyticsReportsPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const canManage = session.permissions.includes('analytics.manage')
  const reports = useResource(listReports, onSessionExpired)
  const brands = useResource(listBrandChoices, onSessionExpired)
  const [editing, setEditing] = useState<Editing>(null)
  const [sending, setSending] = useState<string | null>(null)
  const [notice, setNotice] = useState('')
  const [error, setError] = useState('')
  const newButton = useRef<HTMLButtonElement>(null)
  // Where focus goes once the next render is on screen: a row's Edit button, or "New" (null).
  const focusNext = useRef<{ id: string | null } | null>(null)

  useEffect(() => {
    const target = focusNext.current
    if (!target) return
    focusNext.current = null
    const element = target.id ? document.getElementById(editButtonId(target.id)) : newButton.current
    element?.focus()
  })

  /** Closes the form, handing focus back to the button that opened it. */
  function close(report: ScheduledReport | null) {
    focusNext.current = { id: report?.id ?? null }
    setEditing(null)
  }

  async function save(input: ReportInput) {
    const report = editing?.report ?? null
    const saved = report ? await updateReport(report.id, input) : await createReport(input)
    reports.setData((list) =>
      report ? (list ?? []).map((r) => (r.id === saved.id ? saved : r)) : [...(list ?? []), saved],
    )
    setError('')
    setNotice(
      `${report ? 'Saved' : 'Scheduled'} the ${FREQUENCY_LABELS[saved.frequency].toLowerCase()} report for ${scopeLabel(saved)}.`,
    )
    close(report ? saved : null)
  }

  async function send(report: ScheduledReport) {
    setSending(report.id)
    setNotice('')
    setError('')
    try {
      const sent = await sendReportNow(report.id)
      setNotice(
        `Sending the report for ${scopeLabel(report)}, ${formatLongDay(sent.from)} to ${formatLongDay(sent.to)}, ` +
          `to ${recipientsSummary(report.recipients)}: ${plural(sent.recipients, 'e-mail')} queued.`,
      )
      reports.reload()
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      setError(`Could not send the report. ${messageOf(cause)}`)
    } finally {
      setSending(null)
    }
  }

  async function remove(report: ScheduledReport): Promise<boolean> {
    setNotice('')
    setError('')
    try {
      await deleteReport(report.id)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(`Could not delete the report. ${messageOf(cause)}`)
      return false
    }
    reports.setData((list) => (list ?? []).filter((r) => r.id !== report.id))
    setNotice(`Deleted the report for ${scopeLabel(report)}.`)
    // The row and its buttons are gone: "New scheduled report" is the next sensible place.
    focusNext.current = { id: null }
    return true
  }

  const list = reports.data
  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Analytics reports</h1>
        {canManage && !editing && (
          <button
            ref={newButton}
            type="button"
            className="button button--primary"
            onClick={() => setEditing({ report: null })}
          >
            New scheduled report
          </button>
        )}
      </div>
      <AnalyticsTabs current="reports" />
      <p className="muted">
        Key figures by e-mail after each week or month, for the organisation, a brand or a branch, with a link
        to the dashboard.
      </p>
      <p role="status" className={notice ? 'notice an-notice' : 'visually-hidden'}>
        {notice}
      </p>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {editing && (
        <ReportForm
          report={editing.report}
          brands={brands.data ?? []}
          onSubmit={save}
          onCancel={() => close(editing.report)}
          onSessionExpired={onSessionExpired}
        />
      )}
      <div className="an-section">
        <h2>Scheduled reports</h2>
        {reports.error && (
          <LoadError onRetry={reports.reload}>Could not load the reports. {reports.error}</LoadError>
        )}
        {!list && !reports.error && <p className="muted">Loading the reports…</p>}
        {list && list.length === 0 && (
          <p className="empty-state">
            No scheduled reports yet.
            {canManage ? ' Schedule one to e-mail the figures every week or month.' : ''}
          </p>
        )}
        {list && list.length > 0 && (
          <ReportsTable
            reports={list}
            canManage={canManage}
            sending={sending}
            onEdit={(report) => setEditing({ report })}
            onSend={send}
            onDelete={remove}
          />
        )}
      </div>
      <RetentionSetting canManage={canManage} onSessionExpired={onSessionExpired} />
    </>
  )
}
