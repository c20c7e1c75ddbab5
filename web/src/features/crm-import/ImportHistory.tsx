import { ScrollTable } from '../../app/components/ScrollTable.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { type CrmImport, STATUS_LABELS } from './crm-import-api.ts'

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** Earlier imports, newest first, each opening its progress and report. */
export function ImportHistory({ imports }: { imports: readonly CrmImport[] }) {
  if (imports.length === 0) return <p className="muted">No imports yet.</p>
  return (
    <ScrollTable
      caption="Earlier imports"
      columns={['File', 'Rows of', 'Status', 'Rows', 'Created', 'Not imported', 'Uploaded']}
    >
      {imports.map((imp) => (
        <tr key={imp.id}>
          <td>
            <a href={pathTo('crm-import', { crmImportId: imp.id })} onClick={handleLinkClick}>
              {imp.filename}
            </a>
          </td>
          <td>{imp.entity === 'company' ? 'Companies' : 'Contacts'}</td>
          <td>{STATUS_LABELS[imp.status]}</td>
          <td>{imp.totalRows.toLocaleString()}</td>
          <td>{imp.createdCount.toLocaleString()}</td>
          <td>{imp.failedCount.toLocaleString()}</td>
          <td>{when.format(new Date(imp.createdAt))}</td>
        </tr>
      ))}
    </ScrollTable>
  )
}
