/** @jsxImportSource hono/jsx */
import type { SectionOf } from '../../content/sections.ts'
import { standardHeading } from '../chrome-strings.ts'
import { Frame, Img } from '../kit.tsx'
import { directionsHref, telHref, whatsappHref } from '../links.ts'
import type { PageView } from '../page-view.ts'
import { isAboveFold, type SectionRenderer } from './section-renderer.ts'

type Hero = SectionOf<'hero'>

/** Where the call to action goes, and its label when the owner left it empty; null when it cannot act. */
function ctaOf(cta: NonNullable<Hero['cta']>, view: PageView): { href: string; label: string } | null {
  const { branch } = view.data
  const { t } = view
  const label = view.text(cta.label)
  const phone = branch.phones[0]?.number
  const target = {
    call: phone ? { href: telHref(phone), label: t.call } : null,
    whatsapp: branch.whatsapp ? { href: whatsappHref(branch.whatsapp), label: t.whatsapp } : null,
    lead_form: view.anchors.lead_form
      ? { href: `#${view.anchors.lead_form}`, label: standardHeading('lead_form', view.language) }
      : null,
    booking: view.anchors.booking ? { href: `#${view.anchors.booking}`, label: t.requestBooking } : null,
    directions: branch.address ? { href: directionsHref(branch.address), label: t.directions } : null,
    url: cta.url && label ? { href: cta.url, label } : null,
  }[cta.action]
  return target ? { href: target.href, label: label || target.label } : null
}

/** The big first impression: headline over the brand colour, an image, or a muted looping video. */
export const hero: SectionRenderer<'hero'> = {
  css:
    '.hr{min-height:15rem;display:flex;flex-direction:column;justify-content:flex-end;padding-block:2.5rem 1.5rem}' +
    '.hr .bg{position:absolute;z-index:0;inset:0;width:100%;height:100%;object-fit:cover}' +
    '.hr .ov{position:absolute;z-index:0;inset:0;background:#000;opacity:var(--ov,.35)}' +
    '.hr.im{color:#fff;background:#1f2933}.hr.im .b.o{color:#fff}.hr .sub{font-size:1.1rem}.hr .pv{display:none}' +
    '@media(prefers-reduced-motion:reduce){.hr video{display:none}.hr .pv{display:block}}',
  render(section, view, index) {
    const { background } = section
    const eager = isAboveFold(index)
    const image = background.kind === 'image' ? view.media(background.mediaId) : undefined
    const video = background.kind === 'video' ? view.media(background.mediaId) : undefined
    const poster = view.media(background.posterMediaId)
    const withMedia = !!(image || video)
    if (withMedia) view.needs.rules.push(`#s-${section.id}{--ov:${background.overlay}}`)
    const headline = view.text(section.headline) || view.data.brand.name
    const sub = view.text(section.subheadline)
    const cta = section.cta ? ctaOf(section.cta, view) : null
    const Heading = view.h1 === section.id ? 'h1' : 'h2'
    return (
      <Frame section={section} view={view} class={withMedia ? 'hr im' : 'hr hd'} heading="">
        {image ? <Img media={image} alt="" eager={eager} priority={eager} class="bg" /> : null}
        {video ? (
          <video
            class="bg"
            autoplay
            muted
            loop
            playsinline
            poster={poster?.url}
            preload={eager ? 'auto' : 'none'}
          >
            <source
              src={video.url}
              type={video.contentType}
              media="(prefers-reduced-motion: no-preference)"
            />
          </video>
        ) : null}
        {video && poster ? <Img media={poster} alt="" eager={eager} class="bg pv" /> : null}
        {withMedia ? <div class="ov" /> : null}
        <Heading>{headline}</Heading>
        {sub ? <p class="sub">{sub}</p> : null}
        {cta ? (
          <p>
            <a class="b" href={cta.href}>
              {cta.label}
            </a>
          </p>
        ) : null}
      </Frame>
    )
  },
}
