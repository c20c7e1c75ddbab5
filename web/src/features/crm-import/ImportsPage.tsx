import { useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { navigate, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { listBranches } from '../team/team-api.ts'
import { listImports, type UploadedImport } from './crm-import-api.ts'
import { ImportHistory } from './ImportHistory.tsx'
import { MappingStep } from './MappingStep.tsx'
import { UploadForm } from './UploadForm.tsx'

const loadPage = async (signal?: AbortSignal) => {
  const [imports, branches] = await Promise.all([listImports(signal), listBranches(signal)])
  return { imports: imports.items, branches: branches.data.map((b) => ({ id: b.id, name: b.name })) }
}

/**
 * /app/crm/imports: the import wizard (upload, map, check, confirm) and earlier imports.
 * Starting one opens its progress page.
 */
export function ImportsPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const page = useResource(loadPage, onSessionExpired)
  const [uploaded, setUploaded] = useState<UploadedImport | null>(null)
  const canImport = session.permissions.includes('crm.import')
  const scoped = session.branchIds !== null
  const branches = (page.data?.branches ?? []).filter((b) => !scoped || session.branchIds?.includes(b.id))

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Import contacts and companies</h1>
      </div>
      <p className="muted">
        Bring people and companies in from a spreadsheet: map its columns, check every row, then import the
        valid ones. Progress shows here and you are told when it ends.
      </p>
      {!canImport && <p className="notice">Only owners, admins and managers can import.</p>}
      {canImport && !uploaded && <UploadForm onUploaded={setUploaded} onUnauthorized={onSessionExpired} />}
      {canImport && uploaded && (
        <MappingStep
          key={uploaded.id}
          imp={uploaded}
          branches={branches}
          scoped={scoped}
          onStarted={(started) => navigate(pathTo('crm-import', { crmImportId: started.id }))}
          onCancel={() => setUploaded(null)}
          onUnauthorized={onSessionExpired}
        />
      )}
      <h2 className="section-title">Earlier imports</h2>
      {page.error && (
        <LoadError onRetry={page.reload}>Could not load earlier imports. {page.error}</LoadError>
      )}
      {!page.data && !page.error && <p className="muted">Loading…</p>}
      {page.data && <ImportHistory imports={page.data.imports} />}
    </>
  )
}
