import { type FormEvent, useCallback, useId, useRef, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { TextField } from '../../app/components/TextField.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { type Branch, getBranch } from '../brands/brands-api.ts'
import { type BranchLeadSettings, getLeadSettings, putLeadSettings } from './routing-api.ts'

/** A branch's first-response target and where its new leads are announced. */
export function LeadSettingsPage({
  branchId,
  onSessionExpired,
}: {
  branchId: string
  onSessionExpired: () => void
}) {
  const load = useCallback(
    async (signal?: AbortSignal) => {
      const [branch, settings] = await Promise.all([
        getBranch(branchId, signal),
        getLeadSettings(branchId, signal),
      ])
      return { branch, settings }
    },
    [branchId],
  )
  const { data, error, reload } = useResource(load, onSessionExpired)
  if (error) return <LoadError onRetry={reload}>Could not load the branch’s lead handling. {error}</LoadError>
  if (!data) return <p className="muted">Loading the branch’s lead handling…</p>
  return (
    <LeadSettingsForm branch={data.branch} settings={data.settings} onSessionExpired={onSessionExpired} />
  )
}

function LeadSettingsForm({
  branch,
  settings,
  onSessionExpired,
}: {
  branch: Branch
  settings: BranchLeadSettings
  onSessionExpired: () => void
}) {
  const id = useId()
  const errorRef = useRef<HTMLParagraphElement>(null)
  const [hasTarget, setHasTarget] = useState(settings.firstResponseMinutes !== null)
  const [minutes, setMinutes] = useState(String(settings.firstResponseMinutes ?? 15))
  const [workingHoursOnly, setWorkingHoursOnly] = useState(settings.workingHoursOnly)
  const [notifyEmail, setNotifyEmail] = useState(settings.notifyEmail)
  const [notifyWhatsapp, setNotifyWhatsapp] = useState(settings.notifyWhatsapp)
  const [pending, setPending] = useState(false)
  const [status, setStatus] = useState('')
  const [problem, setProblem] = useState<{ message: string; minutes?: string } | null>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    const value = Number(minutes)
    if (hasTarget && (!Number.isInteger(value) || value < 1 || value > 10_080)) {
      setProblem({ message: 'Check the target.', minutes: 'Use whole minutes from 1 to 10080 (a week)' })
      errorRef.current?.focus()
      return
    }
    setPending(true)
    setProblem(null)
    setStatus('')
    try {
      await putLeadSettings(branch.id, {
        firstResponseMinutes: hasTarget ? value : null,
        workingHoursOnly,
        notifyEmail,
        notifyWhatsapp,
      })
      setStatus('Saved. New leads follow these settings from now on.')
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      const field = cause instanceof ApiProblem ? cause.fieldError('firstResponseMinutes') : undefined
      setProblem({ message: messageOf(cause), minutes: field })
      errorRef.current?.focus()
    } finally {
      setPending(false)
    }
  }

  const hasHours = Object.values(branch.hours?.weekly ?? {}).some((list) => (list?.length ?? 0) > 0)
  return (
    <>
      <p className="breadcrumbs">
        <a href={pathTo('branch', { branchId: branch.id })} onClick={handleLinkClick}>
          {branch.name}
        </a>
      </p>
      <div className="page-header">
        <h1 tabIndex={-1}>Lead handling: {branch.name}</h1>
      </div>
      <form className="form" onSubmit={submit} noValidate aria-labelledby={`${id}-sla`}>
        <p ref={errorRef} tabIndex={-1} role="alert" className="form-error">
          {problem?.message}
        </p>
        <h2 id={`${id}-sla`}>First-response target</h2>
        <p className="muted">
          A lead nobody has answered by its due time alerts the branch’s managers; one period later, the
          organisation’s owners and admins.
        </p>
        <div className="checkbox">
          <input
            type="checkbox"
            id={`${id}-target`}
            checked={hasTarget}
            onChange={(e) => setHasTarget(e.target.checked)}
          />
          <label htmlFor={`${id}-target`}>Set a first-response target</label>
        </div>
        {hasTarget && (
          <>
            <TextField
              label="Minutes to the first response"
              type="number"
              inputMode="numeric"
              min={1}
              max={10_080}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              error={problem?.minutes}
            />
            <div className="checkbox">
              <input
                type="checkbox"
                id={`${id}-hours`}
                checked={workingHoursOnly}
                onChange={(e) => setWorkingHoursOnly(e.target.checked)}
                aria-describedby={`${id}-hours-hint`}
              />
              <label htmlFor={`${id}-hours`}>Count only opening hours</label>
              <span id={`${id}-hours-hint`} className="muted">
                {hasHours
                  ? 'A lead that arrives while the branch is closed is due that many minutes after it opens.'
                  : 'This branch has no opening hours yet, so the minutes count around the clock.'}
              </span>
            </div>
          </>
        )}
        <h2>Announce new leads</h2>
        <div className="checkbox">
          <input
            type="checkbox"
            id={`${id}-email`}
            checked={notifyEmail}
            onChange={(e) => setNotifyEmail(e.target.checked)}
          />
          <label htmlFor={`${id}-email`}>By e-mail to the branch</label>
          <span className="muted">
            {branch.email ? `(${branch.email})` : '(the branch has no e-mail address yet)'}
          </span>
        </div>
        <div className="checkbox">
          <input
            type="checkbox"
            id={`${id}-whatsapp`}
            checked={notifyWhatsapp}
            onChange={(e) => setNotifyWhatsapp(e.target.checked)}
          />
          <label htmlFor={`${id}-whatsapp`}>By WhatsApp to the branch</label>
          <span className="muted">
            {branch.whatsapp ? `(${branch.whatsapp})` : '(the branch has no WhatsApp number yet)'}
          </span>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={pending}>
            {pending ? 'Saving…' : 'Save'}
          </button>
        </div>
        <p role="status" className="muted">
          {status}
        </p>
      </form>
    </>
  )
}
