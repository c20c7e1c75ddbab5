import { type FormEvent, useId, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { AutomationsEditor } from './AutomationsEditor.tsx'
import { deleteStage, type Stage, updateStage } from './pipelines-api.ts'

interface Props {
  stage: Stage
  index: number
  stages: Stage[]
  onMove: (stageId: string, direction: -1 | 1) => void
  onChanged: (message: string) => void
  onSessionExpired: () => void
}

const KIND_LABELS = { open: 'Open', won: 'Won', lost: 'Lost' } as const

/** One stage: its name, kind and win probability, its place (Up/Down), removal and automations. */
export function StageRow({ stage, index, stages, onMove, onChanged, onSessionExpired }: Props) {
  const id = useId()
  const [name, setName] = useState(stage.name)
  const [kind, setKind] = useState(stage.kind)
  const [probability, setProbability] = useState(String(stage.winProbability))
  const [error, setError] = useState<ApiProblem | string | null>(null)
  const [moveTo, setMoveTo] = useState<string | null>(null)
  const others = stages.filter((s) => s.id !== stage.id)

  const fail = (cause: unknown) => {
    if (isUnauthorized(cause)) onSessionExpired()
    else setError(cause instanceof ApiProblem ? cause : messageOf(cause))
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    setError(null)
    try {
      await updateStage(stage.id, {
        name,
        kind,
        ...(kind === 'open' ? { winProbability: Number(probability) } : {}),
      })
      onChanged(`Saved stage ${name}.`)
    } catch (cause) {
      fail(cause)
    }
  }

  async function remove() {
    setError(null)
    try {
      await deleteStage(stage.id, moveTo ?? undefined)
      onChanged(`Removed stage ${stage.name}.`)
    } catch (cause) {
      // Holding deals: ask where they should go, then try again.
      if (cause instanceof ApiProblem && cause.status === 409 && moveTo === null && others[0]) {
        setMoveTo(others[0].id)
        setError(cause)
      } else fail(cause)
    }
  }

  const fieldError = (field: string) => (error instanceof ApiProblem ? error.fieldError(field) : undefined)
  return (
    <li className="stage-row" data-stage-id={stage.id}>
      <form className="stage-row__form" onSubmit={save} aria-labelledby={`${id}-title`} noValidate>
        <h3 id={`${id}-title`} className="stage-row__title">
          {index + 1}. <bdi>{stage.name}</bdi>
        </h3>
        {error && (
          <p role="alert" className="notice notice--error">
            {error instanceof ApiProblem ? error.message : error}
          </p>
        )}
        <div className="stage-row__fields">
          <div className="field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={80}
              onChange={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>Kind</label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as Stage['kind'])}
            >
              {(Object.keys(KIND_LABELS) as Stage['kind'][]).map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-probability`}>Win probability (%)</label>
            <input
              id={`${id}-probability`}
              type="number"
              min={0}
              max={100}
              value={kind === 'won' ? '100' : kind === 'lost' ? '0' : probability}
              disabled={kind !== 'open'}
              aria-invalid={fieldError('winProbability') ? true : undefined}
              onChange={(e) => setProbability(e.currentTarget.value)}
            />
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            Save<span className="visually-hidden"> stage {stage.name}</span>
          </button>
          <button
            type="button"
            className="button button--quiet"
            data-dir="up"
            aria-disabled={index === 0}
            onClick={() => index > 0 && onMove(stage.id, -1)}
          >
            Move up<span className="visually-hidden"> {stage.name}</span>
          </button>
          <button
            type="button"
            className="button button--quiet"
            data-dir="down"
            aria-disabled={index === stages.length - 1}
            onClick={() => index < stages.length - 1 && onMove(stage.id, 1)}
          >
            Move down<span className="visually-hidden"> {stage.name}</span>
          </button>
          {moveTo !== null && (
            <div className="field stage-row__move-to">
              <label htmlFor={`${id}-move-to`}>Move its deals to</label>
              <select id={`${id}-move-to`} value={moveTo} onChange={(e) => setMoveTo(e.currentTarget.value)}>
                {others.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="button" className="button button--danger" onClick={remove}>
            {moveTo !== null ? 'Move deals and remove' : 'Remove'}
            <span className="visually-hidden"> stage {stage.name}</span>
          </button>
        </div>
      </form>
      <details className="stage-row__automations">
        <summary>Automations</summary>
        <AutomationsEditor stage={stage} onSessionExpired={onSessionExpired} />
      </details>
    </li>
  )
}
