/** @jsxImportSource hono/jsx */
import { Frame } from '../kit.tsx'
import { LeadForm } from '../lead-form.tsx'
import type { SectionRenderer } from './section-renderer.ts'

export const leadForm: SectionRenderer<'lead_form'> = {
  css: '',
  render(section, view) {
    const intro = view.text(section.intro)
    return (
      <Frame section={section} view={view} class="lf">
        {intro ? <p>{intro}</p> : null}
        <LeadForm
          view={view}
          id={section.id}
          action={view.links.leads}
          kind="lead"
          submitLabel={view.text(section.submitLabel) || view.t.send}
          askEmail={section.askEmail}
          askPhone={section.askPhone}
          askMessage={section.askMessage}
        />
      </Frame>
    )
  },
}
