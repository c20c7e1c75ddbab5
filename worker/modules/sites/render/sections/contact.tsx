/** @jsxImportSource hono/jsx */
import { Frame } from '../kit.tsx'
import { addressLine, directionsHref, mailtoHref, telHref, whatsappHref } from '../links.ts'
import type { PageView } from '../page-view.ts'
import type { SectionRenderer } from './section-renderer.ts'

type Action = { href: string; label: string; primary?: boolean }

/** The buttons a visitor acts on: each a plain link that works without scripts. */
function actionsOf(actions: readonly string[], whatsappMessage: string, view: PageView): Action[] {
  const { branch } = view.data
  const { t, links } = view
  const several = branch.phones.length > 1
  const out: Action[] = []
  for (const action of actions) {
    if (action === 'call')
      for (const phone of branch.phones)
        out.push({
          href: telHref(phone.number),
          label: several ? `${t.call} · ${phone.label}` : t.call,
          primary: true,
        })
    if (action === 'whatsapp' && branch.whatsapp)
      out.push({ href: whatsappHref(branch.whatsapp, whatsappMessage), label: t.whatsapp, primary: true })
    if (action === 'email' && branch.email) out.push({ href: mailtoHref(branch.email), label: t.email })
    if (action === 'directions' && branch.address)
      out.push({ href: directionsHref(branch.address), label: t.directions })
    if (action === 'save_contact') out.push({ href: links.vcard, label: t.saveContact })
  }
  return out
}

export const contact: SectionRenderer<'contact'> = {
  css: '.ct .bs{margin-block-end:.75rem}.ct .m{margin:0}',
  render(section, view) {
    const { branch } = view.data
    const actions = actionsOf(section.actions, view.text(section.whatsappMessage), view)
    if (actions.length === 0) return null
    return (
      <Frame section={section} view={view} class="ct">
        <ul class="bs">
          {actions.map((action) => (
            <li>
              <a class={action.primary ? 'b' : 'b o'} href={action.href}>
                {action.label}
              </a>
            </li>
          ))}
        </ul>
        {branch.address ? <p class="m">{addressLine(branch.address)}</p> : null}
        {branch.phones.length ? <p class="m">{branch.phones.map((p) => p.number).join(' · ')}</p> : null}
        {branch.email ? <p class="m">{branch.email}</p> : null}
      </Frame>
    )
  },
}
