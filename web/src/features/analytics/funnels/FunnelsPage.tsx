import { useCallback, useEffect, useRef, useState } from 'react'
import type { Session } from '../../../api/auth.ts'
import { isUnauthorized } from '../../../api/client.ts'
import { LoadError } from '../../../app/components/Notices.tsx'
import { navigate, pathTo } from '../../../app/router.ts'
import { useResource } from '../../../app/useResource.ts'
import { messageOf } from '../../../app/useSession.ts'
import { AnalyticsFilters } from '../AnalyticsFilters.tsx'
import { AnalyticsTabs } from '../AnalyticsTabs.tsx'
import { useDashboardState } from '../useDashboardState.ts'
import { FunnelForm } from './FunnelForm.tsx'
import { FunnelReportPanel } from './FunnelReportPanel.tsx'
import { editFunnelButtonId, FunnelsTable } from './FunnelsTable.tsx'
import {
  createFunnel,
  deleteFunnel,
  type Funnel,
  type FunnelInput,
  listFunnels,
  updateFunnel,
} from './funnels-api.ts'

type Editing = { funnel: Funnel | null } | null

const funnelHref = (funnel: Funnel) =>
  `${pathTo('analytics-funnel', { funnelId: funnel.id })}${location.search}`

/**
 * /app/analytics/funnels[/:funnelId]: the funnels, one's report (the first unless the address
 * names another) for the chosen scope and period, and the funnel editor for managers.
 */
export function FunnelsPage({
  funnelId,
  session,
  onSessionExpired,
}: {
  funnelId: string | null
  session: Session
  onSessionExpired: () => void
}) {
  const canManage = session.permissions.includes('analytics.manage')
  const expired = useCallback(() => onSessionExpired(), [onSessionExpired])
  const funnels = useResource(listFunnels, expired)
  const { today, state, params, setState } = useDashboardState()
  const [editing, setEditing] = useState<Editing>(null)
  const [notice, setNotice] = useState('')
  const [error, setError] = useState('')
  const newButton = useRef<HTMLButtonElement>(null)
  const focusNext = useRef<{ id: string | null } | null>(null)
  const offered = useRef(false)

  const list = funnels.data
  const selected = list?.find((f) => f.id === funnelId) ?? (funnelId ? null : (list?.[0] ?? null))

  // The first visit of a manager with no funnel opens the suggested one, ready to save.
  useEffect(() => {
    if (list && list.length === 0 && canManage && !offered.current) {
      offered.current = true
      setEditing({ funnel: null })
    }
  }, [list, canManage])

  useEffect(() => {
    const target = focusNext.current
    if (!target) return
    focusNext.current = null
    const element = target.id ? document.getElementById(editFunnelButtonId(target.id)) : newButton.current
    element?.focus()
  })

  function close(funnel: Funnel | null) {
    focusNext.current = { id: funnel?.id ?? null }
    setEditing(null)
  }

  async function save(input: FunnelInput) {
    const current = editing?.funnel ?? null
    const saved = current ? await updateFunnel(current.id, input) : await createFunnel(input)
    funnels.setData((all) =>
      current ? (all ?? []).map((f) => (f.id === saved.id ? saved : f)) : [...(all ?? []), saved],
    )
    setError('')
    setNotice(`${current ? 'Saved' : 'Created'} the funnel “${saved.name}”. Its report is below.`)
    close(current ? saved : null)
    if (!current) navigate(funnelHref(saved))
  }

  async function remove(funnel: Funnel): Promise<boolean> {
    setNotice('')
    setError('')
    try {
      await deleteFunnel(funnel.id)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(`Could not delete the funnel. ${messageOf(cause)}`)
      return false
    }
    funnels.setData((all) => (all ?? []).filter((f) => f.id !== funnel.id))
    setNotice(`Deleted the funnel “${funnel.name}”.`)
    focusNext.current = { id: null }
    if (funnel.id === funnelId)
      navigate(`${pathTo('analytics-funnels')}${location.search}`, { replace: true })
    return true
  }

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Funnels</h1>
        {canManage && !editing && (
          <button
            ref={newButton}
            type="button"
            className="button button--primary"
            onClick={() => setEditing({ funnel: null })}
          >
            New funnel
          </button>
        )}
      </div>
      <AnalyticsTabs current="funnels" />
      <p className="muted">
        How many visitors go on from one step to the next on the same day, and where they drop off. Funnels
        count raw events, which are kept for the retention set under Reports (90 days unless changed).
      </p>
      <div className="an-filters-without-compare">
        <AnalyticsFilters state={state} today={today} onChange={setState} onSessionExpired={expired} />
      </div>
      <p role="status" className={notice ? 'notice an-notice' : 'visually-hidden'}>
        {notice}
      </p>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {editing && (
        <FunnelForm
          key={editing.funnel?.id ?? 'new'}
          funnel={editing.funnel}
          isFirst={(list?.length ?? 0) === 0}
          onSubmit={save}
          onCancel={() => close(editing.funnel)}
          onSessionExpired={onSessionExpired}
        />
      )}
      <div className="an-section">
        <h2>Your funnels</h2>
        {funnels.error && (
          <LoadError onRetry={funnels.reload}>Could not load the funnels. {funnels.error}</LoadError>
        )}
        {!list && !funnels.error && <p className="muted">Loading the funnels…</p>}
        {list && list.length === 0 && (
          <p className="empty-state">
            No funnels yet.
            {canManage ? '' : ' Owners, admins and managers can define them.'}
          </p>
        )}
        {list && list.length > 0 && (
          <FunnelsTable
            funnels={list}
            selectedId={selected?.id ?? null}
            hrefOf={funnelHref}
            canManage={canManage}
            onEdit={(funnel) => setEditing({ funnel })}
            onDelete={remove}
          />
        )}
        {list && funnelId && !selected && (
          <p role="alert" className="notice notice--error">
            The funnel in the address does not exist (it may have been deleted). Pick one from the list.
          </p>
        )}
      </div>
      {selected && (
        <FunnelReportPanel funnel={selected} params={params} onSessionExpired={onSessionExpired} />
      )}
    </>
  )
}
