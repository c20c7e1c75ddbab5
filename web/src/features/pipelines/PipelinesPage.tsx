import { type FormEvent, useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { TextField } from '../../app/components/TextField.tsx'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { PipelineEditor } from './PipelineEditor.tsx'
import { createPipeline, listAllPipelines } from './pipelines-api.ts'

/** Settings: the organisation's pipelines, their stages in order, and what each stage sets off. */
export function PipelinesPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const pipelines = useResource(listAllPipelines, onSessionExpired)
  const [chosen, setChosen] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [newName, setNewName] = useState('')
  const [error, setError] = useState('')
  const id = useId()
  const list = pipelines.data ?? []
  const pipeline = list.find((p) => p.id === chosen) ?? list.find((p) => p.isDefault) ?? list[0]

  const changed = (message: string) => {
    setStatus(message)
    pipelines.reload()
  }

  async function add(event: FormEvent) {
    event.preventDefault()
    setError('')
    try {
      const made = await createPipeline({ name: newName })
      setNewName('')
      setChosen(made.id)
      changed(`Created ${made.name} with the usual sales stages.`)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(messageOf(cause))
    }
  }

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Pipelines</h1>
      </div>
      <p className="muted">
        Stages in order, each with its chance of winning (won stages are 100%, lost 0%), and what happens when
        a deal enters it.
      </p>
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {pipelines.error && (
        <LoadError onRetry={pipelines.reload}>Could not load the pipelines. {pipelines.error}</LoadError>
      )}
      {!pipelines.data && !pipelines.error && <p className="muted">Loading…</p>}
      {list.length > 1 && pipeline && (
        <div className="field board-picker">
          <label htmlFor={`${id}-pipeline`}>Pipeline to edit</label>
          <select
            id={`${id}-pipeline`}
            value={pipeline.id}
            onChange={(e) => setChosen(e.currentTarget.value)}
          >
            {list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.archivedAt ? ' (archived)' : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      {pipeline && (
        <PipelineEditor
          key={`${pipeline.id}:${pipeline.name}`}
          pipeline={pipeline}
          onChanged={changed}
          onSessionExpired={onSessionExpired}
        />
      )}
      <form className="form form--section" onSubmit={add} aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>New pipeline</h2>
        {error && (
          <p role="alert" className="notice notice--error">
            {error}
          </p>
        )}
        <TextField
          label="Name"
          value={newName}
          maxLength={80}
          required
          onChange={(e) => setNewName(e.currentTarget.value)}
        />
        <button type="submit" className="button">
          Create pipeline
        </button>
      </form>
    </>
  )
}
