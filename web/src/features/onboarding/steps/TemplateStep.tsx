import { useState } from 'react'
import { isUnauthorized } from '../../../api/client.ts'
import { messageOf } from '../../../app/useSession.ts'
import { COLOUR_PRESETS, guessTemplate } from '../defaults.ts'
import { chooseTemplate, getBrand, listTemplates, type Template, type TemplateId } from '../onboarding-api.ts'
import { useStepData } from '../useStepData.ts'
import type { StepProps } from '../wizard-steps.tsx'
import { StepForm } from './StepForm.tsx'
import { StepLoading } from './StepLoading.tsx'

interface Choices {
  templates: Template[]
  colour: string
  brandName: string
}

async function loadChoices(brandId: string | null, signal: AbortSignal): Promise<Choices> {
  const [templates, brand] = await Promise.all([
    listTemplates(signal),
    brandId ? getBrand(brandId, signal) : Promise.resolve(null),
  ])
  return {
    templates: templates.data,
    colour: brand?.colors.primary ?? COLOUR_PRESETS[0].hex,
    brandName: brand?.name ?? '',
  }
}

/** Step 3: the template the page starts from, guessed from the organisation's name. */
export function TemplateStep(props: StepProps) {
  const { brandId } = props.status.context
  const data = useStepData<Choices>(
    brandId ?? 'none',
    (signal) => loadChoices(brandId, signal),
    () => ({ templates: [], colour: COLOUR_PRESETS[0].hex, brandName: '' }),
    props.onSessionExpired,
  )
  if (data.status !== 'ready') return <StepLoading data={data} />
  return <TemplateForm {...props} choices={data.value} />
}

function TemplateForm({
  status,
  onSaved,
  onBack,
  onSessionExpired,
  choices,
}: StepProps & { choices: Choices }) {
  const { siteId, template, organisationName } = status.context
  const [selected, setSelected] = useState<TemplateId>(
    () => (template as TemplateId | null) ?? guessTemplate(`${organisationName} ${choices.brandName}`),
  )
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')

  async function save() {
    if (!siteId) return setError('Create the branch first: its page is made from the template.')
    setPending(true)
    setError('')
    try {
      await chooseTemplate(siteId, selected)
      await onSaved()
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      setError(messageOf(cause))
      setPending(false)
    }
  }

  return (
    <StepForm pending={pending} error={error} onSubmit={save} onBack={onBack}>
      <fieldset className="template-picker">
        <legend>Choose a template</legend>
        <p className="field-hint muted">Switching later keeps everything you wrote.</p>
        <div className="template-picker__cards">
          {choices.templates.map((t) => (
            <label key={t.id} className="template-card" data-selected={t.id === selected || undefined}>
              <input
                type="radio"
                name="template"
                value={t.id}
                checked={t.id === selected}
                onChange={() => setSelected(t.id)}
                aria-labelledby={`template-${t.id}-name`}
                aria-describedby={`template-${t.id}-industry template-${t.id}-description`}
              />
              <span
                className="template-card__swatch"
                style={{ background: choices.colour }}
                aria-hidden="true"
              />
              <span id={`template-${t.id}-name`} className="template-card__name">
                {t.name}
              </span>
              <span id={`template-${t.id}-industry`} className="template-card__industry muted">
                {t.industry}
              </span>
              <span id={`template-${t.id}-description`} className="template-card__description">
                {t.description}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </StepForm>
  )
}
