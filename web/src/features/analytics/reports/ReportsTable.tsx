import { ScrollTable } from '../../../app/components/ScrollTable.tsx'
import { RowActions } from '../RowActions.tsx'
import { FREQUENCY_LABELS, formatSentAt, scopeLabel } from './report-format.ts'
import type { ScheduledReport } from './reports-api.ts'

export const editButtonId = (reportId: string) => `an-report-edit-${reportId}`

/** The scheduled reports; the write buttons only for members who may manage analytics. */
export function ReportsTable({
  reports,
  canManage,
  sending,
  onEdit,
  onSend,
  onDelete,
}: {
  reports: readonly ScheduledReport[]
  canManage: boolean
  /** The report being sent now, whose button waits. */
  sending: string | null
  onEdit: (report: ScheduledReport) => void
  onSend: (report: ScheduledReport) => void
  onDelete: (report: ScheduledReport) => Promise<boolean>
}) {
  const columns = ['Scope', 'Frequency', 'Recipients', 'Last sent']
  return (
    <ScrollTable
      caption="Reports, newest first"
      columns={canManage ? [...columns, { hidden: 'Actions' }] : columns}
      className="data-table an-reports-table"
    >
      {reports.map((report) => {
        const name = `${FREQUENCY_LABELS[report.frequency].toLowerCase()} report for ${scopeLabel(report)}`
        return (
          <tr key={report.id}>
            <th scope="row">{scopeLabel(report)}</th>
            <td>{FREQUENCY_LABELS[report.frequency]}</td>
            <td>
              <ul className="plain-list">
                {report.recipients.map((r) => (
                  <li key={r} className="an-break">
                    {r}
                  </li>
                ))}
              </ul>
            </td>
            <td>
              {formatSentAt(report.lastSentAt)}
              {report.lastPeriod && <span className="muted an-block">Period {report.lastPeriod}</span>}
            </td>
            {canManage && (
              <RowActions
                editId={editButtonId(report.id)}
                editLabel={`Edit the ${name}`}
                onEdit={() => onEdit(report)}
                deleteQuestion={`Delete the ${name}?`}
                deleteLabel="Delete the report"
                deleteName={`the ${name}`}
                onDelete={() => onDelete(report)}
              >
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={`Send the ${name} now`}
                  aria-disabled={sending === report.id || undefined}
                  onClick={() => sending === null && onSend(report)}
                >
                  {sending === report.id ? 'Sending…' : 'Send now'}
                </button>
              </RowActions>
            )}
          </tr>
        )
      })}
    </ScrollTable>
  )
}
