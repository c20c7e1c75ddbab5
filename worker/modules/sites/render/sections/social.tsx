/** @jsxImportSource hono/jsx */
import type { SocialLink } from '../../../brands/index.ts'
import { Frame } from '../kit.tsx'
import type { SectionRenderer } from './section-renderer.ts'

export const NETWORK_NAMES: Record<SocialLink['network'], string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  x: 'X',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  pinterest: 'Pinterest',
  google: 'Google',
  tripadvisor: 'Tripadvisor',
  yelp: 'Yelp',
  website: 'Website',
}

export const social: SectionRenderer<'social'> = {
  css: '',
  render(section, view) {
    const links = view.data.branch.social
    if (links.length === 0) return null
    return (
      <Frame section={section} view={view} class="so">
        <ul class="bs">
          {links.map((link) => (
            <li>
              <a class="b o" href={link.url} rel="me noopener">
                {link.network === 'website' ? new URL(link.url).hostname : NETWORK_NAMES[link.network]}
              </a>
            </li>
          ))}
        </ul>
      </Frame>
    )
  },
}
