import { useState } from 'react'
import { LoadError } from '../../../app/components/Notices.tsx'
import { useResource } from '../../../app/useResource.ts'
import { listTemplates, type TemplateId } from '../../sites/sites-api.ts'
import { SECTION_KINDS } from '../section-catalogue.ts'
import { Disclosure } from './Disclosure.tsx'

const fetchTemplates = (signal?: AbortSignal) => listTemplates(signal).then((list) => list.data)

interface TemplatePickerProps {
  current: TemplateId
  onSwitch: (template: TemplateId) => Promise<boolean>
  onUnauthorized: () => void
}

/** The industry templates as cards; switching changes the look and layout, never the content. */
export function TemplatePicker({ current, onSwitch, onUnauthorized }: TemplatePickerProps) {
  const { data: templates, error, reload } = useResource(fetchTemplates, onUnauthorized)
  const [pending, setPending] = useState<TemplateId | null>(null)
  const currentName = templates?.find((t) => t.id === current)?.name ?? current

  async function use(template: TemplateId, close: () => void) {
    if (pending) return
    setPending(template)
    const done = await onSwitch(template)
    setPending(null)
    if (done) close()
  }

  return (
    <Disclosure label="Template" summary={currentName} className="template-picker">
      {(close) => (
        <>
          <p className="muted">
            Switching template keeps all your content: every section, text and image stays.
          </p>
          {error && <LoadError onRetry={reload}>Could not load the templates. {error}</LoadError>}
          {!templates && !error && <p className="muted">Loading templates…</p>}
          <ul className="template-cards plain-list">
            {templates?.map((t) => (
              <li key={t.id} className="template-card" data-current={t.id === current || undefined}>
                <h3>{t.name}</h3>
                <p className="muted template-card__industry">{t.industry}</p>
                <p>{t.description}</p>
                <p className="template-card__sections">
                  <span className="visually-hidden">Sections: </span>
                  {t.sections.map((s) => SECTION_KINDS[s].label).join(' · ')}
                </p>
                {t.id === current ? (
                  <p className="badge">Current template</p>
                ) : (
                  <button
                    type="button"
                    className="button"
                    aria-disabled={pending !== null}
                    onClick={() => use(t.id, close)}
                  >
                    {pending === t.id ? 'Switching…' : `Use ${t.name}`}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Disclosure>
  )
}
