import { type FormEvent, useId, useLayoutEffect, useRef, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { TextField } from '../../app/components/TextField.tsx'
import { messageOf } from '../../app/useSession.ts'
import {
  createStage,
  deletePipeline,
  type Pipeline,
  reorderStages,
  type Stage,
  updatePipeline,
} from './pipelines-api.ts'
import { StageRow } from './StageRow.tsx'

interface Props {
  pipeline: Pipeline
  onChanged: (message: string) => void
  onSessionExpired: () => void
}

/** One pipeline's settings: name, default, archive or delete, and its stages in order. */
export function PipelineEditor({ pipeline, onChanged, onSessionExpired }: Props) {
  const id = useId()
  const [name, setName] = useState(pipeline.name)
  const [error, setError] = useState('')
  const refocus = useRef<{ stageId: string; dir: 'up' | 'down' } | null>(null)
  const listRef = useRef<HTMLOListElement>(null)

  // After a reorder the stage's row is redrawn: its Up/Down button keeps the focus.
  useLayoutEffect(() => {
    const want = refocus.current
    if (!want) return
    refocus.current = null
    const row = listRef.current?.querySelector<HTMLElement>(`[data-stage-id="${CSS.escape(want.stageId)}"]`)
    const button = row?.querySelector<HTMLButtonElement>(
      `button[data-dir="${want.dir}"]:not([aria-disabled="true"])`,
    )
    ;(
      button ?? row?.querySelector<HTMLButtonElement>('button[data-dir]:not([aria-disabled="true"])')
    )?.focus()
  })

  async function run(action: () => Promise<unknown>, message: string) {
    setError('')
    try {
      await action()
      onChanged(message)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(messageOf(cause))
    }
  }

  function move(stageId: string, direction: -1 | 1) {
    const ids = pipeline.stages.map((s) => s.id)
    const at = ids.indexOf(stageId)
    const to = at + direction
    if (at < 0 || to < 0 || to >= ids.length) return
    ;[ids[at], ids[to]] = [ids[to] as string, ids[at] as string]
    refocus.current = { stageId, dir: direction < 0 ? 'up' : 'down' }
    const stage = pipeline.stages[at] as Stage
    void run(
      () => reorderStages(pipeline.id, ids),
      `Moved ${stage.name} to position ${to + 1} of ${ids.length}.`,
    )
  }

  return (
    <section className="record-panel pipeline-editor" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        <bdi>{pipeline.name}</bdi>
        {pipeline.isDefault && <span className="badge">Default</span>}
        {pipeline.archivedAt && <span className="badge badge--muted">Archived</span>}
      </h2>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      <form
        className="form form--inline"
        onSubmit={(e: FormEvent) => {
          e.preventDefault()
          void run(() => updatePipeline(pipeline.id, { name }), `Renamed to ${name}.`)
        }}
      >
        <TextField
          label="Pipeline name"
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" className="button">
          Rename
        </button>
      </form>
      <div className="button-row">
        {!pipeline.isDefault && !pipeline.archivedAt && (
          <button
            type="button"
            className="button"
            onClick={() =>
              run(
                () => updatePipeline(pipeline.id, { isDefault: true }),
                `${pipeline.name} is now the default.`,
              )
            }
          >
            Make default
          </button>
        )}
        {!pipeline.isDefault && (
          <button
            type="button"
            className="button"
            onClick={() =>
              run(
                () => updatePipeline(pipeline.id, { archived: !pipeline.archivedAt }),
                pipeline.archivedAt ? `${pipeline.name} is back.` : `${pipeline.name} archived.`,
              )
            }
          >
            {pipeline.archivedAt ? 'Bring back' : 'Archive'}
          </button>
        )}
        {!pipeline.isDefault && (
          <ConfirmButton
            question={`Delete ${pipeline.name}?`}
            detail="A pipeline that ever held deals is archived instead, so reports keep its history."
            confirmLabel="Delete pipeline"
            onConfirm={async () => {
              try {
                const { outcome } = await deletePipeline(pipeline.id)
                onChanged(
                  outcome === 'deleted'
                    ? `${pipeline.name} deleted.`
                    : `${pipeline.name} holds deals, so it was archived.`,
                )
                return true
              } catch (cause) {
                if (isUnauthorized(cause)) onSessionExpired()
                else setError(messageOf(cause))
                return false
              }
            }}
          >
            Delete
          </ConfirmButton>
        )}
      </div>
      <ol className="stage-list" ref={listRef}>
        {pipeline.stages.map((stage, index) => (
          <StageRow
            key={`${stage.id}:${stage.name}:${stage.kind}:${stage.winProbability}`}
            stage={stage}
            index={index}
            stages={pipeline.stages}
            onMove={move}
            onChanged={onChanged}
            onSessionExpired={onSessionExpired}
          />
        ))}
      </ol>
      <AddStage pipeline={pipeline} onAdded={onChanged} onSessionExpired={onSessionExpired} />
    </section>
  )
}

function AddStage({
  pipeline,
  onAdded,
  onSessionExpired,
}: {
  pipeline: Pipeline
  onAdded: (message: string) => void
  onSessionExpired: () => void
}) {
  const id = useId()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<Stage['kind']>('open')
  const [probability, setProbability] = useState('50')
  const [error, setError] = useState<ApiProblem | string | null>(null)
  // Before the closing stages, where a new working stage usually belongs.
  const index = pipeline.stages.findIndex((s) => s.kind !== 'open')

  async function add(event: FormEvent) {
    event.preventDefault()
    setError(null)
    try {
      await createStage(pipeline.id, {
        name,
        kind,
        ...(kind === 'open' ? { winProbability: Number(probability) } : {}),
        ...(kind === 'open' && index >= 0 ? { index } : {}),
      })
      setName('')
      onAdded(`Added stage ${name}.`)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(cause instanceof ApiProblem ? cause : messageOf(cause))
    }
  }

  const fieldError = (field: string) => (error instanceof ApiProblem ? error.fieldError(field) : undefined)
  return (
    <form className="form" onSubmit={add} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add a stage</h3>
      {error && (
        <p role="alert" className="notice notice--error">
          {error instanceof ApiProblem ? error.message : error}
        </p>
      )}
      <div className="stage-row__fields">
        <TextField
          label="Name"
          value={name}
          maxLength={80}
          required
          error={fieldError('name')}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as Stage['kind'])}
          >
            <option value="open">Open</option>
            <option value="won">Won</option>
            <option value="lost">Lost</option>
          </select>
        </div>
        {kind === 'open' && (
          <TextField
            label="Win probability (%)"
            type="number"
            min={0}
            max={100}
            value={probability}
            error={fieldError('winProbability')}
            onChange={(e) => setProbability(e.currentTarget.value)}
          />
        )}
      </div>
      <button type="submit" className="button">
        Add stage
      </button>
    </form>
  )
}
