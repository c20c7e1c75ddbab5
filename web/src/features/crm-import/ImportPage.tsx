import { useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { messageOf } from '../../app/useSession.ts'
import { saveFile } from '../qr/download.ts'
import { downloadProblems, type ImportDetail, inProgress, STATUS_LABELS } from './crm-import-api.ts'
import { ProblemsTable } from './ProblemsTable.tsx'
import { useImportProgress } from './useImportProgress.ts'

const n = (value: number) => value.toLocaleString()

/** Read out in quarters while running, so a screen reader is not read a number per chunk. */
function spoken(imp: ImportDetail): string {
  if (imp.status === 'queued') return 'Waiting for the import to start…'
  if (imp.status === 'failed') return `The import stopped. ${imp.error ?? ''}`
  if (imp.status === 'done')
    return `Import finished: ${n(imp.createdCount)} created, ${n(imp.updatedCount)} merged.`
  const quarter = imp.totalRows > 0 ? Math.floor((imp.processedRows / imp.totalRows) * 4) * 25 : 0
  return quarter === 0 ? 'Importing…' : `Importing: ${quarter}% done…`
}

/** /app/crm/imports/:crmImportId — one import's progress, then its summary and problems. */
export function ImportPage({
  crmImportId,
  onSessionExpired,
}: {
  crmImportId: string
  onSessionExpired: () => void
}) {
  const id = useId()
  const { imp, error, reload } = useImportProgress(crmImportId, onSessionExpired)
  const [downloadError, setDownloadError] = useState('')

  async function download() {
    setDownloadError('')
    try {
      saveFile(await downloadProblems(crmImportId))
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setDownloadError(`Could not download the report. ${messageOf(cause)}`)
    }
  }

  const noun = imp?.entity === 'company' ? 'companies' : 'contacts'
  return (
    <>
      <nav aria-label="Breadcrumb" className="crm-import__crumbs">
        <a href={pathTo('crm-imports')} onClick={handleLinkClick}>
          Imports
        </a>
      </nav>
      <div className="page-header">
        <h1 tabIndex={-1}>{imp ? `Import of ${imp.filename}` : 'Import'}</h1>
      </div>
      {error && <LoadError onRetry={() => void reload()}>Could not load the import. {error}</LoadError>}
      {!imp && !error && <p className="muted">Loading…</p>}
      {imp && (
        <section className="crm-import__progress" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`} className="section-title">
            {STATUS_LABELS[imp.status]}
          </h2>
          <label htmlFor={`${id}-bar`} className="crm-import__count">
            {n(imp.processedRows)} of {n(imp.totalRows)} rows
          </label>
          <progress
            id={`${id}-bar`}
            max={imp.totalRows || 1}
            value={imp.status === 'done' ? imp.totalRows : imp.processedRows}
          >
            {n(imp.processedRows)} of {n(imp.totalRows)} rows
          </progress>
          <p aria-live="polite" className={imp.status === 'failed' ? 'field-error' : 'muted'}>
            {spoken(imp)}
          </p>
        </section>
      )}
      {imp && !inProgress(imp) && imp.status !== 'uploaded' && (
        <section aria-labelledby={`${id}-summary`}>
          <h2 id={`${id}-summary`} className="section-title">
            Summary
          </h2>
          <dl className="crm-import__counts">
            <div>
              <dt>{noun === 'contacts' ? 'Contacts created' : 'Companies created'}</dt>
              <dd>{n(imp.createdCount)}</dd>
            </div>
            <div>
              <dt>Merged into existing {noun}</dt>
              <dd>{n(imp.updatedCount)}</dd>
            </div>
            <div>
              <dt>Skipped as duplicates</dt>
              <dd>{n(imp.skippedCount)}</dd>
            </div>
            <div>
              <dt>Rows not imported</dt>
              <dd>{n(imp.failedCount)}</dd>
            </div>
          </dl>
          {imp.tag && (
            <p className="muted">
              Every imported record is tagged <strong>{imp.tag}</strong>.
            </p>
          )}
          <p>
            <a href={`${pathTo(noun === 'contacts' ? 'contacts' : 'companies')}`} onClick={handleLinkClick}>
              Open {noun}
            </a>
          </p>
        </section>
      )}
      {imp && imp.problemCount > 0 && (
        <section aria-labelledby={`${id}-problems`}>
          <h2 id={`${id}-problems`} className="section-title">
            Rows not imported
          </h2>
          <p>
            <button type="button" className="button" onClick={() => void download()}>
              Download all {n(imp.problemCount)} problems (CSV)
            </button>
          </p>
          {downloadError && (
            <p role="alert" className="field-error">
              {downloadError}
            </p>
          )}
          <ProblemsTable problems={imp.problems} total={imp.problemCount} />
        </section>
      )}
    </>
  )
}
