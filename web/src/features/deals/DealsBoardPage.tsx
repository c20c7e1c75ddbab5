import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { useRecordChoices } from '../crm-records/useRecordChoices.ts'
import { BoardColumn } from './BoardColumn.tsx'
import { anchorOf, locate, withDeal } from './board-state.ts'
import { CloseDealDialog } from './CloseDealDialog.tsx'
import { DealCard } from './DealCard.tsx'
import { type Board, type Deal, listPipelines, moveDeal, type Stage } from './deals-api.ts'
import { NewDealDialog } from './NewDealDialog.tsx'
import { useBoard } from './useBoard.ts'
import { useBoardInteraction } from './useBoardInteraction.ts'

interface Props {
  session: Session
  onSessionExpired: () => void
}

interface PendingClose {
  deal: Deal
  stage: Stage
  next: Board
  before: Board
}

const dealPath = (dealId: string) => pathTo('deal', { dealId })
const pipelineInUrl = () => new URLSearchParams(location.search).get('pipeline')

/** The deals board: a pipeline's stages as columns, cards moved by pointer or keyboard. */
export function DealsBoardPage({ session, onSessionExpired }: Props) {
  const pipelines = useResource(listPipelines, onSessionExpired)
  const [chosen, setChosen] = useState<string | null>(pipelineInUrl)
  const pipeline =
    pipelines.data?.find((p) => p.id === chosen) ??
    pipelines.data?.find((p) => p.isDefault) ??
    pipelines.data?.[0]
  const choices = useRecordChoices('deal', onSessionExpired)
  const canWrite = session.permissions.includes('crm.write')
  const [announcement, setAnnouncement] = useState('')
  const [notice, setNotice] = useState('')
  const [creating, setCreating] = useState(false)
  const [closing, setClosing] = useState<PendingClose | null>(null)
  const saving = useRef(0)
  const busyRef = useRef(false)
  const held = useCallback(() => busyRef.current || saving.current > 0, [])
  const live = useBoard(pipeline?.id ?? null, onSessionExpired, held)
  const { board, setBoard } = live
  const id = useId()

  const announce = (text: string) => setAnnouncement(text)

  async function send(deal: Deal, stage: Stage, next: Board, before: Board, closeReason?: string) {
    setBoard(next)
    saving.current++
    try {
      const moved = await moveDeal(deal.id, {
        stageId: stage.id,
        version: deal.version,
        ...anchorOf(next, deal.id),
        ...(closeReason ? { closeReason } : {}),
      })
      if (moved.ok) {
        setBoard((b) => (b ? withDeal(b, moved.deal) : b))
        announce(`${deal.name} moved to ${stage.name}.`)
      } else {
        setBoard(before)
        setNotice(
          `Someone changed “${deal.name}” meanwhile, so it went back. The board now shows it as it is.`,
        )
        live.reload()
      }
    } catch (cause) {
      setBoard(before)
      if (isUnauthorized(cause)) onSessionExpired()
      else setNotice(`“${deal.name}” could not be moved: ${messageOf(cause)}`)
    } finally {
      saving.current--
      live.release()
    }
  }

  function commit(dealId: string, next: Board, before: Board) {
    const from = locate(before, dealId)
    const to = locate(next, dealId)
    const deal = from && before.columns[from.column]?.deals[from.index]
    const stageId = to && next.columns[to.column]?.stageId
    const stage = next.pipeline.stages.find((s) => s.id === stageId)
    if (!deal || !stage) return
    setNotice('')
    if (stage.kind !== 'open' && stage.id !== deal.stageId) {
      setBoard(next)
      setClosing({ deal, stage, next, before })
      return
    }
    void send(deal, stage, next, before)
  }

  const interaction = useBoardInteraction({
    board,
    readOnly: !canWrite,
    preview: setBoard,
    commit,
    announce,
    open: (dealId) => navigate(dealPath(dealId)),
  })
  busyRef.current = interaction.busy || closing !== null
  const settled = !busyRef.current
  const { release } = live
  useEffect(() => {
    if (settled) release()
  }, [settled, release])
  const ownerName = (userId: string | null) =>
    board?.owners.find((o) => o.userId === userId)?.name ?? (userId ? 'A colleague' : null)

  function choosePipeline(pipelineId: string) {
    setChosen(pipelineId)
    history.replaceState(null, '', `${pathTo('deals')}?pipeline=${encodeURIComponent(pipelineId)}`)
  }

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Deals</h1>
        {canWrite && pipeline && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New deal
          </button>
        )}
      </div>
      {pipelines.error && (
        <LoadError onRetry={pipelines.reload}>Could not load the pipelines. {pipelines.error}</LoadError>
      )}
      {pipelines.data && pipelines.data.length > 1 && pipeline && (
        <div className="field board-picker">
          <label htmlFor={`${id}-pipeline`}>Pipeline</label>
          <select
            id={`${id}-pipeline`}
            value={pipeline.id}
            onChange={(e) => choosePipeline(e.currentTarget.value)}
          >
            {pipelines.data.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <p id={`${id}-help`} className="visually-hidden">
        Press Space to pick a deal up, the arrow keys to move it between stages and places, Space to drop it
        and Escape to cancel. Enter opens the deal.
      </p>
      <p className="visually-hidden" role="status" aria-live="assertive">
        {announcement}
      </p>
      {notice && (
        <p role="alert" className="notice notice--warning">
          {notice}
        </p>
      )}
      {live.error && <LoadError onRetry={live.reload}>Could not load the board. {live.error}</LoadError>}
      {!board && !live.error && (
        <p className="muted" role="status">
          Loading the board…
        </p>
      )}
      {board && (
        <section
          className="deals-board"
          aria-label={`${board.pipeline.name} board`}
          ref={interaction.boardRef}
        >
          {board.columns.map((column, index) => {
            const stage = board.pipeline.stages.find((s) => s.id === column.stageId)
            if (!stage) return null
            return (
              <BoardColumn
                key={column.stageId}
                stage={stage}
                column={column}
                index={index}
                marker={interaction.marker}
                draggingId={interaction.draggingId}
                {...interaction.columnProps(index)}
                renderCard={(dealId) => {
                  const deal = column.deals.find((d) => d.id === dealId)
                  if (!deal) return null
                  return (
                    <DealCard
                      key={deal.id}
                      deal={deal}
                      ownerName={ownerName(deal.ownerUserId)}
                      instructionsId={`${id}-help`}
                      {...interaction.cardProps(deal.id)}
                    />
                  )
                }}
              />
            )
          })}
        </section>
      )}
      {board?.columns.some((c) => c.count > c.deals.length) && (
        <p>
          <button type="button" className="button" onClick={live.showMore}>
            Show more deals in each stage
          </button>
        </p>
      )}
      {pipeline && session.permissions.includes('crm.manage') && (
        <p className="muted">
          <a href={pathTo('pipelines')} onClick={handleLinkClick}>
            Edit pipelines and stages
          </a>
        </p>
      )}
      {creating && pipeline && (
        <NewDealDialog
          pipeline={pipeline}
          choices={choices}
          onCreated={(deal) => {
            announce(`Created ${deal.name}.`)
            live.reload()
          }}
          onClose={() => setCreating(false)}
          onSessionExpired={onSessionExpired}
        />
      )}
      {closing && (
        <CloseDealDialog
          dealName={closing.deal.name}
          stage={closing.stage}
          onConfirm={(reason) => {
            const { deal, stage, next, before } = closing
            setClosing(null)
            void send(deal, stage, next, before, reason || undefined)
          }}
          onCancel={() => {
            setBoard(closing.before)
            setClosing(null)
            announce(`Move cancelled. ${closing.deal.name} stays where it was.`)
          }}
        />
      )}
    </>
  )
}
