import type { ReactNode } from 'react'

/** A load that failed: what could not be loaded and why, with a way to try again. */
export function LoadError({ children, onRetry }: { children: ReactNode; onRetry: () => void }) {
  return (
    <div role="alert" className="notice notice--error">
      <p>{children}</p>
      <button type="button" className="button" onClick={() => onRetry()}>
        Try again
      </button>
    </div>
  )
}

/**
 * The outcome of the last action on a list: announced quietly when done (or also shown, with
 * `statusClassName`), shown when it failed.
 */
export function ActionOutcome({
  status,
  error,
  statusClassName,
}: {
  status: string
  error: string
  statusClassName?: string
}) {
  return (
    <>
      <p role="status" className={status && statusClassName ? statusClassName : 'visually-hidden'}>
        {status}
      </p>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
    </>
  )
}
