import type { ActivityTemplate } from './activities-api.ts'

/** "Start from a template": the templates of the composer's kind; shown only when there are some. */
export function TemplateSelect({
  id,
  templates,
  value,
  onChange,
}: {
  id: string
  templates: ActivityTemplate[]
  value: string
  onChange: (templateId: string) => void
}) {
  if (templates.length === 0) return null
  return (
    <div className="field">
      <label htmlFor={`${id}-template`}>Start from a template</label>
      <select id={`${id}-template`} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">No template</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </div>
  )
}
