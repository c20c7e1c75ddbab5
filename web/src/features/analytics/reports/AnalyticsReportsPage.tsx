import { useState } from 'react'
import type { Session } from '../../../api/auth.ts'
import { isUnauthorized } from '../../../api/client.ts'
import { ActionOutcome } from '../../../app/components/Notices.tsx'
import { useResource } from '../../../app/useResource.ts'
import { messageOf } from '../../../app/useSession.ts'
import { AnalyticsTabs } from '../AnalyticsTabs.tsx'
import { formatLongDay, plural } from '../analytics-format.ts'
import { ListEditorHeader } from '../ListEditorHeader.tsx'
import { ListSection } from '../ListSection.tsx'
import { useListEditor } from '../useListEditor.ts'
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
  const editor = useListEditor(reports, editButtonId, onSessionExpired)
  const editing = editor.editing
  const [sending, setSending] = useState<string | null>(null)

  async function save(input: ReportInput) {
    const report = editing?.item ?? null
    const saved = report ? await updateReport(report.id, input) : await createReport(input)
    editor.saved(
      saved,
      `${report ? 'Saved' : 'Scheduled'} the ${FREQUENCY_LABELS[saved.frequency].toLowerCase()} report for ${scopeLabel(saved)}.`,
    )
  }

  async function send(report: ScheduledReport) {
    setSending(report.id)
    editor.setNotice('')
    editor.setError('')
    try {
      const sent = await sendReportNow(report.id)
      editor.setNotice(
        `Sending the report for ${scopeLabel(report)}, ${formatLongDay(sent.from)} to ${formatLongDay(sent.to)}, ` +
          `to ${recipientsSummary(report.recipients)}: ${plural(sent.recipients, 'e-mail')} queued.`,
      )
      reports.reload()
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      editor.setError(`Could not send the report. ${messageOf(cause)}`)
    } finally {
      setSending(null)
    }
  }

  const remove = (report: ScheduledReport) =>
    editor.remove(
      report,
      () => deleteReport(report.id),
      'Could not delete the report.',
      `Deleted the report for ${scopeLabel(report)}.`,
    )

  return (
    <>
      <ListEditorHeader
        title="Analytics reports"
        newLabel="New scheduled report"
        canManage={canManage}
        editor={editor}
      />
      <AnalyticsTabs current="reports" />
      <p className="muted">
        Key figures by e-mail after each week or month, for the organisation, a brand or a branch, with a link
        to the dashboard.
      </p>
      <ActionOutcome status={editor.notice} error={editor.error} statusClassName="notice an-notice" />
      {editing && (
        <ReportForm
          report={editing.item}
          brands={brands.data ?? []}
          onSubmit={save}
          onCancel={() => editor.close(editing.item)}
          onSessionExpired={onSessionExpired}
        />
      )}
      <ListSection
        title="Scheduled reports"
        what="reports"
        list={reports}
        empty={`No scheduled reports yet.${canManage ? ' Schedule one to e-mail the figures every week or month.' : ''}`}
      >
        {(all) =>
          all.length > 0 && (
            <ReportsTable
              reports={all}
              canManage={canManage}
              sending={sending}
              onEdit={(report) => editor.setEditing({ item: report })}
              onSend={send}
              onDelete={remove}
            />
          )
        }
      </ListSection>
      <RetentionSetting canManage={canManage} onSessionExpired={onSessionExpired} />
    </>
  )
}
