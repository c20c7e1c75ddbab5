/** @jsxImportSource hono/jsx */
import { Frame } from '../kit.tsx'
import { LeadForm, SavedLeadForm } from '../lead-form.tsx'
import type { SectionRenderer } from './section-renderer.ts'

export const leadForm: SectionRenderer<'lead_form'> = {
  css: '',
  render(section, view) {
    const intro = view.text(section.intro)
    const label = view.text(section.submitLabel) || view.t.send
    // A form that was archived (or never was this site's) leaves the built-in form in its place.
    const saved = section.formId ? view.data.forms.get(section.formId) : undefined
    return (
      <Frame section={section} view={view} class="lf">
        {intro ? <p>{intro}</p> : null}
        {saved ? (
          <SavedLeadForm
            view={view}
            id={section.id}
            action={view.links.leads}
            form={saved}
            submitLabel={saved.submitLabel || label}
          />
        ) : (
          <LeadForm
            view={view}
            id={section.id}
            action={view.links.leads}
            kind="lead"
            submitLabel={label}
            askEmail={section.askEmail}
            askPhone={section.askPhone}
            askMessage={section.askMessage}
          />
        )}
      </Frame>
    )
  },
}
