import { type FormEvent, useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { CloseDealDialog } from './CloseDealDialog.tsx'
import { stageLabel } from './deal-format.ts'
import { type Deal, type DealDetail, moveDeal, type Pipeline, type Stage } from './deals-api.ts'

interface Props {
  deal: DealDetail
  pipeline: Pipeline
  canWrite: boolean
  onMoved: (deal: Deal) => void
  onStale: (message: string) => void
  onSessionExpired: () => void
}

/** The deal's stage as a list of the pipeline's stages: moving it without the board (phones). */
export function StageControl({ deal, pipeline, canWrite, onMoved, onStale, onSessionExpired }: Props) {
  const id = useId()
  const [stageId, setStageId] = useState(deal.stageId)
  const [closing, setClosing] = useState<Stage | null>(null)
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)
  const current = pipeline.stages.find((s) => s.id === deal.stageId)

  async function move(stage: Stage, closeReason?: string) {
    setPending(true)
    setError('')
    try {
      const result = await moveDeal(deal.id, {
        stageId: stage.id,
        version: deal.version,
        ...(closeReason ? { closeReason } : {}),
      })
      if (result.ok) onMoved(result.deal)
      else onStale(result.message)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(messageOf(cause))
    } finally {
      setPending(false)
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const stage = pipeline.stages.find((s) => s.id === stageId)
    if (!stage || stage.id === deal.stageId || pending) return
    if (stage.kind !== 'open') setClosing(stage)
    else void move(stage)
  }

  if (!canWrite) {
    return (
      <p className="deal-stage">
        Stage: <strong>{current ? stageLabel(current) : 'Unknown'}</strong> in {pipeline.name}
      </p>
    )
  }
  return (
    <form className="deal-stage" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-stage`}>Stage in {pipeline.name}</label>
        <select id={`${id}-stage`} value={stageId} onChange={(e) => setStageId(e.currentTarget.value)}>
          {pipeline.stages.map((s) => (
            <option key={s.id} value={s.id}>
              {stageLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" aria-disabled={pending || stageId === deal.stageId}>
        Move
      </button>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {closing && (
        <CloseDealDialog
          dealName={deal.name}
          stage={closing}
          onConfirm={(reason) => {
            setClosing(null)
            void move(closing, reason || undefined)
          }}
          onCancel={() => {
            setClosing(null)
            setStageId(deal.stageId)
          }}
        />
      )}
    </form>
  )
}
