import type { SaveState } from '../useSiteDraft.ts'

const TEXT: Record<SaveState['kind'], string> = {
  saved: 'Saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  invalid: 'Not saved: fix the marked fields',
  error: 'Not saved',
  conflict: 'Not saved: changed elsewhere',
}

/** Where the autosave stands, read out as it changes; and a way out when it cannot save. */
export function SaveStatus({
  state,
  onRetry,
  onReload,
}: {
  state: SaveState
  onRetry: () => void
  onReload: () => void
}) {
  return (
    <div className="save-status" data-state={state.kind}>
      <p className="save-status__text" aria-hidden="true">
        {TEXT[state.kind]}
      </p>
      {/* Typing is not news; only what the save did is read out. */}
      <p role="status" className="visually-hidden">
        {state.kind === 'pending' ? '' : TEXT[state.kind]}
      </p>
      {state.kind === 'invalid' && (
        <ul className="save-status__problems">
          {state.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {state.kind === 'error' && (
        <p role="alert" className="field-error">
          Could not save the draft. {state.message}{' '}
          <button type="button" className="button button--quiet" onClick={onRetry}>
            Try again
          </button>
        </p>
      )}
      {state.kind === 'conflict' && (
        <div role="alert" className="notice notice--warning">
          <p>
            Someone else saved this site since you opened it. Reload to get their version; your edits since
            your last save here are lost.
          </p>
          <button type="button" className="button" onClick={onReload}>
            Reload the site
          </button>
        </div>
      )}
    </div>
  )
}
