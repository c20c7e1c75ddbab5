import { type FormEvent, useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { type FormErrors, formErrorsOf, noErrors } from '../account/form-errors.ts'
import { type CreatedApiKey, createApiKey } from './api-keys-api.ts'
import { type ApiScope, SCOPE_AREAS } from './scopes.ts'

type Field = 'name' | 'scopes'

export function CreateKeyForm({
  onCreated,
  onUnauthorized,
}: {
  onCreated: (key: CreatedApiKey) => void
  onUnauthorized: () => void
}) {
  const [name, setName] = useState('')
  const [scopes, setScopes] = useState<ReadonlySet<ApiScope>>(() => new Set())
  const [pending, setPending] = useState(false)
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors)
  const id = useId()

  function toggle(scope: ApiScope, on: boolean) {
    setScopes((prev) => {
      const next = new Set(prev)
      if (on) next.add(scope)
      else next.delete(scope)
      return next
    })
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    if (scopes.size === 0) {
      setErrors({ form: 'Choose at least one scope.', fields: { scopes: 'Choose at least one scope.' } })
      return
    }
    setPending(true)
    setErrors(noErrors())
    try {
      const created = await createApiKey({ name: name.trim(), scopes: [...scopes] })
      setName('')
      setScopes(new Set())
      onCreated(created)
    } catch (error) {
      if (isUnauthorized(error)) return onUnauthorized()
      setErrors(formErrorsOf(error, ['name', 'scopes'] as const))
    } finally {
      setPending(false)
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={pending} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Create a key</h2>
      <div id={`${id}-form-error`} role="alert" className="form-error">
        {errors.form}
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          name="name"
          required
          maxLength={80}
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={errors.fields.name ? true : undefined}
          aria-describedby={[`${id}-name-hint`, errors.fields.name ? `${id}-name-error` : '']
            .join(' ')
            .trim()}
        />
        <p id={`${id}-name-hint`} className="muted field-hint">
          Say what uses it, such as “Zapier lead sync”, so you know what breaks if you revoke it.
        </p>
        {errors.fields.name && (
          <p id={`${id}-name-error`} className="field-error">
            {errors.fields.name}
          </p>
        )}
      </div>
      <fieldset
        className="scope-picker"
        aria-invalid={errors.fields.scopes ? true : undefined}
        aria-describedby={errors.fields.scopes ? `${id}-scopes-error` : undefined}
      >
        <legend>Scopes</legend>
        <p className="muted field-hint">Give the key only what it needs. Write includes read.</p>
        {SCOPE_AREAS.map((area) => (
          <fieldset key={area.area} className="scope-area">
            <legend>{area.area}</legend>
            {area.scopes.map((s) => (
              <div key={s.scope} className="checkbox">
                <input
                  type="checkbox"
                  id={`${id}-${s.scope}`}
                  name="scopes"
                  value={s.scope}
                  checked={scopes.has(s.scope)}
                  onChange={(e) => toggle(s.scope, e.target.checked)}
                  aria-describedby={`${id}-${s.scope}-hint`}
                />
                <label htmlFor={`${id}-${s.scope}`}>{s.level === 'read' ? 'Read' : 'Write'}</label>
                <span id={`${id}-${s.scope}-hint`} className="muted">
                  {s.hint}
                </span>
              </div>
            ))}
          </fieldset>
        ))}
        {errors.fields.scopes && (
          <p id={`${id}-scopes-error`} className="field-error">
            {errors.fields.scopes}
          </p>
        )}
      </fieldset>
      <button type="submit" className="button button--primary" aria-disabled={pending}>
        Create key
      </button>
    </form>
  )
}
