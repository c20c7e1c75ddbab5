/** @jsxImportSource hono/jsx */
// A person's own card at /{brand}/{branch}/{person}: the brand's look, their photo and direct
// lines, their vCard, a QR code that opens this card, and a form whose leads are theirs.
import { staffCardMeta } from '../seo/page-meta.ts'
import { standardHeading } from './chrome-strings.ts'
import { finishPage } from './finish-page.ts'
import { Img, Paragraphs } from './kit.tsx'
import { LeadForm } from './lead-form.tsx'
import { mailtoHref, telHref, whatsappHref } from './links.ts'
import type { PageData, PageStaff, Placement, RenderedPage, RenderOptions } from './page-model.ts'
import { createView, type PageView } from './page-view.ts'
import { qrSvgPath } from './qr-svg.ts'

const CARD_CSS =
  '.sc{text-align:center}.sc .av{margin:0 auto .75rem;border:3px solid #fff}.sc .bn{margin:0}.sc .bn a{color:inherit}' +
  '.sa .bs{justify-content:center}.sa{text-align:center}.sq{display:flex;align-items:center;gap:1rem}.sq p{margin:0}'

function Card({ view, person, path }: { view: PageView; person: PageStaff; path: string }) {
  const { t, data } = view
  const photo = view.media(person.photoMediaId)
  const actions = [
    person.phone ? { href: telHref(person.phone), label: t.call, primary: true } : null,
    person.whatsapp ? { href: whatsappHref(person.whatsapp), label: t.whatsapp, primary: true } : null,
    person.email ? { href: mailtoHref(person.email), label: t.email, primary: false } : null,
    { href: `${path}/vcard`, label: t.saveContact, primary: false },
  ].filter((a) => a !== null)
  const qr = qrSvgPath(view.links.canonicalCard(person))
  view.needs.chunk('avatar', 'qr')
  view.needs.parts.add(CARD_CSS)
  return (
    <>
      <section class="s hd sc" data-s="profile">
        {photo?.kind === 'image' ? <Img media={photo} alt={person.name} eager class="av" size={128} /> : null}
        <h1>{person.name}</h1>
        {person.title ? <p>{person.title}</p> : null}
        <p class="bn">
          <a href={view.links.page}>{`${data.brand.name} · ${data.branch.name}`}</a>
        </p>
      </section>
      <section class="s sa" data-s="contact">
        <ul class="bs">
          {actions.map((a) => (
            <li>
              <a class={a.primary ? 'b' : 'b o'} href={a.href}>
                {a.label}
              </a>
            </li>
          ))}
        </ul>
        {person.bio ? <Paragraphs text={person.bio} /> : null}
      </section>
      <section class="s sq" aria-label={t.scanCard} data-s="qr">
        <svg class="qr" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={t.scanCard}>
          <path d={qr.path} fill="currentColor" shape-rendering="crispEdges" />
        </svg>
        <p class="m">{t.scanCard}</p>
      </section>
      <section class="s" id="s-contact" aria-labelledby="s-contact-h" data-s="lead_form">
        <h2 id="s-contact-h">{standardHeading('lead_form', view.language)}</h2>
        <LeadForm
          view={view}
          id="card"
          action={`${path}/leads`}
          kind="lead"
          submitLabel={t.send}
          askEmail
          askPhone
          askMessage
        />
      </section>
    </>
  )
}

export async function renderStaffCard(
  data: PageData,
  person: PageStaff,
  placement: Placement,
  options: RenderOptions & { now: Date },
): Promise<RenderedPage> {
  const view = createView(data, placement, options)
  const path = `${placement.branchPath}/${person.slug}`
  const body = (await (<Card view={view} person={person} path={path} />).toString()) as string
  return finishPage(view, { meta: staffCardMeta(view, person), body, header: null, pathOnHost: path })
}
