/** @jsxImportSource hono/jsx */
import { hasHours } from '../format.ts'
import { Frame, Img } from '../kit.tsx'
import { OpenBadge } from '../open-badge.tsx'
import { isAboveFold, type SectionRenderer } from './section-renderer.ts'

/** Who this is: logo, brand and branch name, tagline, and whether they are open now. */
export const profile: SectionRenderer<'profile'> = {
  css:
    '.pf{text-align:center}.pf .lg{margin:0 auto .75rem;border-radius:50%;object-fit:cover;background:#fff}' +
    '.pf .bn{display:block;font-size:1rem;font-weight:500;margin-block-start:.3rem;opacity:.9}.pf .tl{font-size:1.05rem}',
  render(section, view, index) {
    const { brand, branch } = view.data
    const logo = section.showLogo ? view.media(brand.logoMediaId) : undefined
    const tagline = view.text(section.tagline)
    const Heading = view.h1 === section.id ? 'h1' : 'h2'
    return (
      <Frame section={section} view={view} class="pf hd" heading="">
        {logo ? <Img media={logo} alt={brand.name} eager={isAboveFold(index)} class="lg" size={88} /> : null}
        <Heading>
          {`${brand.name} `}
          <span class="bn">{branch.name}</span>
        </Heading>
        {tagline ? <p class="tl">{tagline}</p> : null}
        {section.showOpenNow && hasHours(branch.hours) ? (
          <OpenBadge hours={branch.hours} timezone={branch.timezone} view={view} />
        ) : null}
      </Frame>
    )
  },
}
