/** @jsxImportSource hono/jsx */
import { Frame } from '../kit.tsx'
import { LeadForm } from '../lead-form.tsx'
import type { SectionRenderer } from './section-renderer.ts'

/** A booking request: which service, when, and who; it reaches the CRM as a booking lead. */
export const booking: SectionRenderer<'booking'> = {
  css: '',
  render(section, view) {
    const { t } = view
    const id = section.id
    const services = section.askService ? view.data.branch.services : []
    const intro = view.text(section.intro)
    return (
      <Frame section={section} view={view} class="bk">
        {intro ? <p>{intro}</p> : null}
        <LeadForm
          view={view}
          id={id}
          action={view.links.leads}
          kind="booking"
          submitLabel={view.text(section.submitLabel) || t.requestBooking}
          askEmail
          askPhone
          askMessage
        >
          {services.length ? (
            <>
              <label for={`${id}-service`}>{t.service}</label>
              <select id={`${id}-service`} name="service">
                <option value="">{t.chooseService}</option>
                {services.map((service) => (
                  <option value={service.name}>{service.name}</option>
                ))}
              </select>
            </>
          ) : null}
          <div class="g2">
            <div>
              <label for={`${id}-date`}>{t.preferredDate}</label>
              <input id={`${id}-date`} name="preferredDate" type="date" required />
            </div>
            <div>
              <label for={`${id}-time`}>{t.preferredTime}</label>
              <input id={`${id}-time`} name="preferredTime" type="time" />
            </div>
          </div>
        </LeadForm>
      </Frame>
    )
  },
}
