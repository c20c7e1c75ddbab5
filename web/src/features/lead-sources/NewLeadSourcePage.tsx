import { type FormEvent, useId, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { TextField } from '../../app/components/TextField.tsx'
import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { listBranches } from '../brands/brands-api.ts'
import { createLeadSource, type LeadSourceWithSecret } from './lead-sources-api.ts'
import { SourceConnected } from './SourceConnected.tsx'
import { configOf, emptyDraft, KindFields, type SourceDraft, takesToken } from './SourceFields.tsx'
import { KIND_LABELS, KIND_ORDER } from './source-kinds.ts'

const loadBranches = (signal?: AbortSignal) => listBranches({}, signal)

/** The API's field errors by path (`config.pageId`), for fields whose last segment repeats. */
export function errorsByPath(error: unknown): Record<string, string> {
  if (!(error instanceof ApiProblem)) return {}
  return Object.fromEntries((error.problem.errors ?? []).map((e) => [e.path, e.message]))
}

/** Connect a platform: choose the kind, say where its leads go, then copy what to paste where. */
export function NewLeadSourcePage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const branches = useResource(loadBranches, onSessionExpired)
  const [draft, setDraft] = useState<SourceDraft>(() => emptyDraft())
  const [pending, setPending] = useState(false)
  const [formError, setFormError] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [connected, setConnected] = useState<LeadSourceWithSecret | null>(null)
  const id = useId()
  const change = (patch: Partial<SourceDraft>) => setDraft((prev) => ({ ...prev, ...patch }))
  const branchId = draft.branchId || branches.data?.[0]?.id || ''

  if (!session.permissions.includes('lead_sources.manage')) {
    return (
      <>
        <h1 tabIndex={-1}>Connect a lead source</h1>
        <p className="notice">Only owners and admins connect lead sources.</p>
      </>
    )
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setFormError('')
    setErrors({})
    try {
      setConnected(
        await createLeadSource({
          kind: draft.kind,
          name: draft.name.trim(),
          branchId,
          config: configOf(draft),
          ...(takesToken(draft.kind) ? { accessToken: draft.accessToken.trim() } : {}),
        }),
      )
    } catch (error) {
      if (isUnauthorized(error)) return onSessionExpired()
      setFormError(messageOf(error))
      setErrors(errorsByPath(error))
    } finally {
      setPending(false)
    }
  }

  if (connected) {
    const sourceId = connected.source.id
    return (
      <>
        <h1 tabIndex={-1}>Connect a lead source</h1>
        <SourceConnected
          result={connected}
          title={`“${connected.source.name}” is connected`}
          doneLabel="Go to the source"
          onDone={() => navigate(pathTo('lead-source', { sourceId }))}
        />
      </>
    )
  }

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Connect a lead source</h1>
        <a className="button button--quiet" href={pathTo('lead-sources')} onClick={handleLinkClick}>
          Back to lead sources
        </a>
      </div>
      {branches.error && (
        <LoadError onRetry={branches.reload}>Could not load your branches. {branches.error}</LoadError>
      )}
      <form className="form" onSubmit={submit} aria-busy={pending} aria-describedby={`${id}-error`}>
        <div id={`${id}-error`} role="alert" className="form-error">
          {formError}
        </div>
        <fieldset className="source-kinds">
          <legend className="source-legend">Kind</legend>
          {KIND_ORDER.map((kind) => (
            <div key={kind} className="checkbox">
              <input
                type="radio"
                id={`${id}-kind-${kind}`}
                name="kind"
                value={kind}
                checked={draft.kind === kind}
                onChange={() => change({ kind })}
              />
              <label htmlFor={`${id}-kind-${kind}`}>{KIND_LABELS[kind]}</label>
            </div>
          ))}
        </fieldset>
        <TextField
          label="Name"
          hint="How the team will know it, such as “Spring promo – Google”."
          required
          maxLength={120}
          autoComplete="off"
          value={draft.name}
          error={errors.name}
          onChange={(e) => change({ name: e.target.value })}
        />
        <div className="field">
          <label htmlFor={`${id}-branch`}>Branch its leads go to</label>
          <select
            id={`${id}-branch`}
            required
            value={branchId}
            onChange={(e) => change({ branchId: e.target.value })}
            aria-invalid={errors.branchId ? true : undefined}
            aria-describedby={errors.branchId ? `${id}-branch-error` : undefined}
          >
            {(branches.data ?? []).map((b) => (
              <option key={b.id} value={b.id}>
                {b.brandName} – {b.name}
              </option>
            ))}
          </select>
          {errors.branchId && (
            <p id={`${id}-branch-error`} className="field-error">
              {errors.branchId}
            </p>
          )}
        </div>
        <KindFields draft={draft} errors={errors} onChange={change} />
        <button type="submit" className="button button--primary" aria-disabled={pending}>
          Connect
        </button>
      </form>
    </>
  )
}
