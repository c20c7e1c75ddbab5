/** @jsxImportSource hono/jsx */
import { hasHours, localDate, specialRows, weekRows } from '../format.ts'
import { Frame } from '../kit.tsx'
import { OpenBadge } from '../open-badge.tsx'
import type { SectionRenderer } from './section-renderer.ts'

const Rows = (props: { rows: { label: string; text: string }[] }) => (
  <table class="hz">
    <tbody>
      {props.rows.map((row) => (
        <tr>
          <th scope="row">{row.label}</th>
          <td>{row.text}</td>
        </tr>
      ))}
    </tbody>
  </table>
)

/** The week's hours, coming holidays and closures, and the live open/closed badge. */
export const hours: SectionRenderer<'hours'> = {
  css:
    '.hz{width:100%;border-collapse:collapse}.hz th,.hz td{padding-block:.35rem;border-block-end:1px solid var(--ln);vertical-align:top}' +
    '.hz th{text-align:start;font-weight:500}.hz td{text-align:end}.hs h3{margin-block-start:1rem}.hs .ob{margin-block-end:.5rem}',
  render(section, view) {
    const { branch } = view.data
    if (!hasHours(branch.hours)) return null
    const special = specialRows(branch.hours, localDate(view.now, branch.timezone), view.language, view.t)
    const note = view.text(section.note)
    return (
      <Frame section={section} view={view} class="hs">
        <OpenBadge hours={branch.hours} timezone={branch.timezone} view={view} />
        <Rows rows={weekRows(branch.hours, view.language, view.t)} />
        {special.length ? (
          <>
            <h3>{view.t.specialDays}</h3>
            <Rows rows={special} />
          </>
        ) : null}
        {note ? <p class="m">{note}</p> : null}
      </Frame>
    )
  },
}
