import { type FormEvent, useCallback, useId, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { TextField } from '../../app/components/TextField.tsx'
import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { getSite } from '../sites/sites-api.ts'
import { STARTER_FIELDS } from './field-types.ts'
import { archiveForm, createForm, type LeadForm, listForms } from './forms-api.ts'

/** `/app/sites/:siteId/forms`: the site's lead forms, a new one, and the way into each. */
export function FormsPage({
  siteId,
  session,
  onSessionExpired,
}: {
  siteId: string
  session: Session
  onSessionExpired: () => void
}) {
  const load = useCallback(
    async (signal?: AbortSignal) => {
      const [site, forms] = await Promise.all([getSite(siteId, signal), listForms(siteId, signal)])
      return { siteName: `${site.brandName} · ${site.branchName}`, forms }
    },
    [siteId],
  )
  const { data, setData, error, reload } = useResource(load, onSessionExpired)
  const [status, setStatus] = useState('')
  const [actionError, setActionError] = useState('')
  const canManage = session.permissions.includes('forms.manage')

  async function onArchive(form: LeadForm): Promise<boolean> {
    setActionError('')
    try {
      await archiveForm(form.id)
      setData((prev) => (prev ? { ...prev, forms: prev.forms.filter((f) => f.id !== form.id) } : prev))
      setStatus(`${form.name} archived. Sections that showed it now show the built-in form.`)
      return true
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setActionError(`Could not archive ${form.name}. ${messageOf(cause)}`)
      return false
    }
  }

  return (
    <>
      <p className="breadcrumbs">
        <a href={pathTo('builder', { siteId })} onClick={handleLinkClick}>
          {data ? `Site builder: ${data.siteName}` : 'Site builder'}
        </a>
      </p>
      <div className="page-header">
        <h1 tabIndex={-1}>Lead forms</h1>
      </div>
      <p className="muted">
        Forms with the questions you choose. Pick one in a "Lead form" section of the builder; changes here
        show on the live page at once. Without a form, a section shows the built-in one (name, e-mail, phone,
        message).
      </p>
      {error && <LoadError onRetry={reload}>Could not load the forms. {error}</LoadError>}
      {!data && !error && (
        <p role="status" className="muted">
          Loading…
        </p>
      )}
      {data && canManage && <NewFormForm siteId={siteId} onUnauthorized={onSessionExpired} />}
      {data && (
        <>
          <h2 className="section-title">Forms of this site</h2>
          <ActionOutcome status={status} error={actionError} />
          {data.forms.length === 0 ? (
            <div className="empty-state">
              <p>No forms yet.</p>
            </div>
          ) : (
            <ul className="lead-forms-list">
              {data.forms.map((form) => (
                <li key={form.id} className="lead-forms-list__item">
                  <div>
                    <a href={pathTo('lead-form', { siteId, formId: form.id })} onClick={handleLinkClick}>
                      {form.name}
                    </a>
                    <span className="muted">
                      {' '}
                      · {form.fields.length === 1 ? 'one field' : `${form.fields.length} fields`}
                      {form.consent ? ' · asks for consent' : ''}
                    </span>
                  </div>
                  {canManage && (
                    <ConfirmButton
                      question={`Archive ${form.name}?`}
                      detail={`${form.name} stops taking messages; sections that show it fall back to the built-in form. Its leads keep it.`}
                      confirmLabel="Archive"
                      onConfirm={() => onArchive(form)}
                    >
                      Archive<span className="visually-hidden"> {form.name}</span>
                    </ConfirmButton>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  )
}

function NewFormForm({ siteId, onUnauthorized }: { siteId: string; onUnauthorized: () => void }) {
  const id = useId()
  const [name, setName] = useState('')
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (pending) return
    if (!name.trim()) return setError('Give the form a name, such as "Viewing request".')
    setPending(true)
    setError('')
    try {
      const form = await createForm(siteId, {
        name: name.trim(),
        fields: STARTER_FIELDS,
        consent: null,
        marketing: null,
        turnstile: true,
        submitLabel: '',
        successMessage: '',
      })
      navigate(pathTo('lead-form', { siteId, formId: form.id }))
    } catch (cause) {
      if (isUnauthorized(cause)) onUnauthorized()
      else
        setError(cause instanceof ApiProblem ? (cause.fieldError('name') ?? cause.message) : messageOf(cause))
      setPending(false)
    }
  }

  return (
    <form className="form form--section" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>New form</h2>
      <TextField
        label="Name"
        hint="For you and your team; visitors do not see it."
        value={name}
        maxLength={80}
        error={error || undefined}
        onChange={(e) => setName(e.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending}>
          {pending ? 'Creating…' : 'Create form'}
        </button>
      </div>
    </form>
  )
}
