import { type BranchSectionProps, useBranchSave } from './branch-section.ts'
import type { Branch } from './brands-api.ts'
import { Field, SelectField } from './Field.tsx'
import { RowButtons } from './RowButtons.tsx'
import { Section } from './Section.tsx'
import { useList } from './useList.ts'

type Network = Branch['social'][number]['network']
const NETWORKS: [Network, string][] = [
  ['instagram', 'Instagram'],
  ['facebook', 'Facebook'],
  ['x', 'X'],
  ['tiktok', 'TikTok'],
  ['youtube', 'YouTube'],
  ['linkedin', 'LinkedIn'],
  ['pinterest', 'Pinterest'],
  ['google', 'Google Business'],
  ['tripadvisor', 'Tripadvisor'],
  ['yelp', 'Yelp'],
  ['website', 'Other website'],
]

/** Links to the branch's profiles elsewhere. */
export function SocialSection(props: BranchSectionProps) {
  const { save, patch } = useBranchSave(props)
  const links = useList(() => props.branch.social.map((l) => ({ ...l })))

  function submit() {
    patch(
      { social: links.items.map((l) => ({ network: l.network, url: l.url.trim() })) },
      'Social links saved.',
    )
  }

  const e = save.errors
  return (
    <Section title="Social links" save={save} onSubmit={submit} submitLabel="Save links">
      {links.items.length === 0 && <p className="muted">No links.</p>}
      {links.items.map((link, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; the index is their identity while editing
        <div key={i} className="repeat-row">
          <SelectField
            label={`Link ${i + 1}, network`}
            path={`social.${i}.network`}
            errors={e}
            value={link.network}
            onChange={(ev) => links.update(i, { network: ev.target.value as Network })}
          >
            {NETWORKS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <Field
            label={`Link ${i + 1}, address`}
            path={`social.${i}.url`}
            errors={e}
            type="url"
            inputMode="url"
            value={link.url}
            onChange={(ev) => links.update(i, { url: ev.target.value })}
            placeholder="https://"
          />
          <RowButtons list={links} index={i} noun="link" />
        </div>
      ))}
      <button type="button" className="button" onClick={() => links.add({ network: 'instagram', url: '' })}>
        Add a link
      </button>
    </Section>
  )
}
