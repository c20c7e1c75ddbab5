import { useCallback } from 'react'
import type { Session } from '../../api/auth.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { FormEditor } from './FormEditor.tsx'
import { getForm } from './forms-api.ts'

/** `/app/sites/:siteId/forms/:formId`: one lead form's fields, consent wording and settings. */
export function FormEditorPage({
  siteId,
  formId,
  session,
  onSessionExpired,
}: {
  siteId: string
  formId: string
  session: Session
  onSessionExpired: () => void
}) {
  const load = useCallback((signal?: AbortSignal) => getForm(formId, signal), [formId])
  const { data: form, setData, error, reload } = useResource(load, onSessionExpired)
  const archived = form?.archivedAt != null

  return (
    <>
      <p className="breadcrumbs">
        <a href={pathTo('builder', { siteId })} onClick={handleLinkClick}>
          Site builder
        </a>
        {' › '}
        <a href={pathTo('lead-forms', { siteId })} onClick={handleLinkClick}>
          Lead forms
        </a>
      </p>
      <div className="page-header">
        <h1 tabIndex={-1}>{form ? form.name : 'Lead form'}</h1>
      </div>
      {error && <LoadError onRetry={reload}>Could not load the form. {error}</LoadError>}
      {!form && !error && (
        <p role="status" className="muted">
          Loading…
        </p>
      )}
      {form && archived && (
        <p className="notice">This form is archived: it takes no messages and cannot change.</p>
      )}
      {form && (
        <FormEditor
          key={form.id}
          form={form}
          canManage={session.permissions.includes('forms.manage') && !archived}
          onSaved={(saved) => setData(saved)}
          onUnauthorized={onSessionExpired}
        />
      )}
    </>
  )
}
