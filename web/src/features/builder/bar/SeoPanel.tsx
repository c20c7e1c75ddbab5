import type { SiteContent } from '../../sites/sites-api.ts'
import { Checkbox } from '../fields/Checkbox.tsx'
import { LocalizedField } from '../fields/LocalizedField.tsx'
import { Disclosure } from './Disclosure.tsx'

type Seo = SiteContent['seo']

/** What search engines and link previews show, per language. */
export function SeoPanel({ seo, onChange }: { seo: Seo; onChange: (seo: Seo) => void }) {
  return (
    <Disclosure label="SEO">
      {() => (
        <div className="panel-fields">
          <LocalizedField
            label="Page title"
            hint="Shown in search results and browser tabs; empty uses the branch and brand names."
            value={seo.title}
            maxLength={70}
            onChange={(title) => onChange({ ...seo, title })}
          />
          <LocalizedField
            label="Search description"
            hint="One or two sentences for search results and shared links."
            multiline
            value={seo.description}
            maxLength={160}
            onChange={(description) => onChange({ ...seo, description })}
          />
          <Checkbox
            label="Hide this page from search engines"
            checked={seo.noindex}
            onChange={(noindex) => onChange({ ...seo, noindex })}
          />
        </div>
      )}
    </Disclosure>
  )
}
