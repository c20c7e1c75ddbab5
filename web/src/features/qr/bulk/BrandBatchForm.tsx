import { type FormEvent, useId, useState } from 'react'
import { isUnauthorized } from '../../../api/client.ts'
import { messageOf } from '../../../app/useSession.ts'
import { type BatchOutput, type BrandChoice, createBrandBatch, type QrBatch } from './bulk-api.ts'
import { DEFAULT_OUTPUT, OutputFields, outputProblem } from './OutputFields.tsx'

/**
 * "Generate for all branches": a front-door code for every branch of a brand (a branch that
 * already has one keeps it, so nothing printed before stops working), in one ZIP.
 */
export function BrandBatchForm({
  brands,
  onStarted,
  onUnauthorized,
}: {
  brands: readonly BrandChoice[]
  onStarted: (batch: QrBatch) => void
  onUnauthorized: () => void
}) {
  const id = useId()
  const [brandId, setBrandId] = useState(brands[0]?.id ?? '')
  const [output, setOutput] = useState<BatchOutput>(DEFAULT_OUTPUT)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')
  const [outputError, setOutputError] = useState('')

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    const problem = outputProblem(output)
    setOutputError(problem)
    setError(problem ? 'Check the highlighted choice.' : '')
    if (problem || !brandId) return
    setPending(true)
    try {
      onStarted(await createBrandBatch(brandId, output))
    } catch (cause) {
      if (isUnauthorized(cause)) return onUnauthorized()
      setError(messageOf(cause))
    } finally {
      setPending(false)
    }
  }

  return (
    <form
      className="form qr-bulk__form"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      aria-busy={pending}
    >
      <h2 id={`${id}-title`}>Generate for all branches</h2>
      <p className="muted">
        One code per branch, opening its page. A branch that already has a front-door code keeps it, so codes
        you printed before keep working.
      </p>
      <div role="alert" className="form-error">
        {error}
      </div>
      <div className="field">
        <label htmlFor={`${id}-brand`}>Brand</label>
        <select id={`${id}-brand`} value={brandId} onChange={(e) => setBrandId(e.target.value)} required>
          {brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <OutputFields value={output} onChange={setOutput} error={outputError} />
      <button type="submit" className="button button--primary" aria-disabled={pending || !brandId}>
        {pending ? 'Starting…' : 'Generate codes'}
      </button>
    </form>
  )
}
