import { type FormEvent, useId, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import {
  type DuplicatePolicy,
  type ImportDetail,
  type ImportPreview,
  type Mapping,
  previewImport,
  startImport,
  type UploadedImport,
} from './crm-import-api.ts'
import { MappingTable } from './MappingTable.tsx'
import { PreviewReport } from './PreviewReport.tsx'

const POLICIES: { value: DuplicatePolicy; label: string; hint: string }[] = [
  { value: 'skip', label: 'Skip them', hint: 'Leave existing records as they are.' },
  { value: 'merge', label: 'Merge into them', hint: 'Fill in their empty fields and add the tags.' },
  {
    value: 'create',
    label: 'Create new records',
    hint: 'Even when one of the same name exists. A row with an e-mail or phone a record already has is still that record.',
  },
]

export interface BranchChoice {
  id: string
  name: string
}

/** Steps 2 and 3: map the columns, choose the duplicate policy, check every row, then start. */
export function MappingStep({
  imp,
  branches,
  scoped,
  onStarted,
  onCancel,
  onUnauthorized,
}: {
  imp: UploadedImport
  branches: readonly BranchChoice[]
  /** The member is limited to some branches and must choose one of them. */
  scoped: boolean
  onStarted: (started: ImportDetail) => void
  onCancel: () => void
  onUnauthorized: () => void
}) {
  const id = useId()
  const [mapping, setMapping] = useState<Mapping>(imp.suggestedMapping)
  const [policy, setPolicy] = useState<DuplicatePolicy>('skip')
  const [tag, setTag] = useState('')
  const [branchId, setBranchId] = useState(scoped ? (branches[0]?.id ?? '') : '')
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [pending, setPending] = useState<'' | 'preview' | 'start'>('')
  const [error, setError] = useState('')
  const errorRef = useRef<HTMLDivElement>(null)
  const noun = imp.entity === 'company' ? 'companies' : 'contacts'

  function fail(cause: unknown) {
    if (isUnauthorized(cause)) return onUnauthorized()
    setError(messageOf(cause))
    setTimeout(() => errorRef.current?.focus(), 0)
  }

  function changed<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value)
      setPreview(null)
    }
  }

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending('preview')
    setError('')
    try {
      setPreview(await previewImport(imp.id, { mapping, duplicatePolicy: policy }))
      setTimeout(() => document.getElementById(`${id}-report`)?.querySelector('h2')?.focus(), 0)
    } catch (cause) {
      fail(cause)
    } finally {
      setPending('')
    }
  }

  async function start() {
    if (pending || !preview) return
    setPending('start')
    setError('')
    try {
      onStarted(
        await startImport(imp.id, {
          mapping,
          duplicatePolicy: policy,
          confirmSkipInvalid: preview.invalid > 0,
          ...(tag.trim() ? { tag: tag.trim() } : {}),
          ...(branchId ? { branchId } : {}),
        }),
      )
    } catch (cause) {
      fail(cause)
    } finally {
      setPending('')
    }
  }

  return (
    <>
      <form
        className="form crm-import__mapping"
        onSubmit={check}
        aria-labelledby={`${id}-title`}
        aria-busy={pending !== ''}
      >
        <h2 id={`${id}-title`}>2. Map the columns of {imp.filename}</h2>
        <p className="muted">
          {imp.totalRows.toLocaleString()} rows. Choose what each column becomes; columns left as “Don’t
          import” are ignored.
        </p>
        <div ref={errorRef} role="alert" tabIndex={-1} className="form-error">
          {error && <p>{error}</p>}
        </div>
        <MappingTable imp={imp} mapping={mapping} onChange={changed(setMapping)} />
        <fieldset className="crm-import__choices">
          <legend>When a row matches one of your {noun}</legend>
          {POLICIES.map((p) => (
            <label key={p.value} className="crm-import__radio">
              <input
                type="radio"
                name={`${id}-policy`}
                value={p.value}
                checked={policy === p.value}
                onChange={() => changed(setPolicy)(p.value)}
                aria-describedby={`${id}-policy-${p.value}`}
              />{' '}
              {p.label}
              <span id={`${id}-policy-${p.value}`} className="field-hint muted">
                {' '}
                {p.hint}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-tag`}>Tag every imported record (optional)</label>
          <input id={`${id}-tag`} value={tag} maxLength={40} onChange={(e) => setTag(e.target.value)} />
        </div>
        {branches.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-branch`}>Branch of new records</label>
            <select id={`${id}-branch`} value={branchId} onChange={(e) => setBranchId(e.target.value)}>
              {!scoped && <option value="">Whole organisation</option>}
              {branches.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={pending !== ''}>
            {pending === 'preview' ? 'Checking every row…' : 'Check the rows'}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Choose another file
          </button>
        </div>
      </form>
      {preview && (
        <div id={`${id}-report`}>
          <PreviewReport
            crmImportId={imp.id}
            preview={preview}
            noun={noun}
            starting={pending === 'start'}
            onStart={() => void start()}
            onUnauthorized={onUnauthorized}
          />
        </div>
      )}
    </>
  )
}
