import { useCallback, useEffect, useRef } from 'react'
import type { Session } from '../../../api/auth.ts'
import { ActionOutcome } from '../../../app/components/Notices.tsx'
import { navigate, pathTo } from '../../../app/router.ts'
import { useResource } from '../../../app/useResource.ts'
import { AnalyticsFilters } from '../AnalyticsFilters.tsx'
import { AnalyticsTabs } from '../AnalyticsTabs.tsx'
import { ListEditorHeader } from '../ListEditorHeader.tsx'
import { ListSection } from '../ListSection.tsx'
import { useDashboardState } from '../useDashboardState.ts'
import { useListEditor } from '../useListEditor.ts'
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
  const editor = useListEditor(funnels, editFunnelButtonId, onSessionExpired)
  const editing = editor.editing
  const offered = useRef(false)

  const list = funnels.data
  const selected = list?.find((f) => f.id === funnelId) ?? (funnelId ? null : (list?.[0] ?? null))

  // The first visit of a manager with no funnel opens the suggested one, ready to save.
  useEffect(() => {
    if (list && list.length === 0 && canManage && !offered.current) {
      offered.current = true
      editor.setEditing({ item: null })
    }
  }, [list, canManage, editor.setEditing])

  async function save(input: FunnelInput) {
    const current = editing?.item ?? null
    const saved = current ? await updateFunnel(current.id, input) : await createFunnel(input)
    editor.saved(saved, `${current ? 'Saved' : 'Created'} the funnel “${saved.name}”. Its report is below.`)
    if (!current) navigate(funnelHref(saved))
  }

  async function remove(funnel: Funnel): Promise<boolean> {
    const removed = await editor.remove(
      funnel,
      () => deleteFunnel(funnel.id),
      'Could not delete the funnel.',
      `Deleted the funnel “${funnel.name}”.`,
    )
    if (removed && funnel.id === funnelId)
      navigate(`${pathTo('analytics-funnels')}${location.search}`, { replace: true })
    return removed
  }

  return (
    <>
      <ListEditorHeader title="Funnels" newLabel="New funnel" canManage={canManage} editor={editor} />
      <AnalyticsTabs current="funnels" />
      <p className="muted">
        How many visitors go on from one step to the next on the same day, and where they drop off. Funnels
        count raw events, which are kept for the retention set under Reports (90 days unless changed).
      </p>
      <AnalyticsFilters
        state={state}
        today={today}
        onChange={setState}
        onSessionExpired={expired}
        compare={false}
      />
      <ActionOutcome status={editor.notice} error={editor.error} statusClassName="notice an-notice" />
      {editing && (
        <FunnelForm
          key={editing.item?.id ?? 'new'}
          funnel={editing.item}
          isFirst={(list?.length ?? 0) === 0}
          onSubmit={save}
          onCancel={() => editor.close(editing.item)}
          onSessionExpired={onSessionExpired}
        />
      )}
      <ListSection
        title="Your funnels"
        what="funnels"
        list={funnels}
        empty={`No funnels yet.${canManage ? '' : ' Owners, admins and managers can define them.'}`}
      >
        {(all) => (
          <>
            {all.length > 0 && (
              <FunnelsTable
                funnels={all}
                selectedId={selected?.id ?? null}
                hrefOf={funnelHref}
                canManage={canManage}
                onEdit={(funnel) => editor.setEditing({ item: funnel })}
                onDelete={remove}
              />
            )}
            {funnelId && !selected && (
              <p role="alert" className="notice notice--error">
                The funnel in the address does not exist (it may have been deleted). Pick one from the list.
              </p>
            )}
          </>
        )}
      </ListSection>
      {selected && (
        <FunnelReportPanel funnel={selected} params={params} onSessionExpired={onSessionExpired} />
      )}
    </>
  )
}
