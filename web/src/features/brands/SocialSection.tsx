import { useState } from 'react'
import type { BranchSectionProps } from './branch-section.ts'
import { useBranchSave } from './branch-section.ts'
import type { Branch } from './brands-api.ts'
import { Field, SelectField } from './Field.tsx'
import { Section } from './Section.tsx'

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
  const [links, setLinks] = useState(() => props.branch.social.map((l) => ({ ...l })))
  const set = (i: number, change: Partial<(typeof links)[number]>) =>
    setLinks((list) => list.map((l, j) => (j === i ? { ...l, ...change } : l)))

  function submit() {
    patch({ social: links.map((l) => ({ network: l.network, url: l.url.trim() })) }, 'Social links saved.')
  }

  const e = save.errors
  return (
    <Section title="Social links" save={save} onSubmit={submit} submitLabel="Save links">
      {links.length === 0 && <p className="muted">No links.</p>}
      {links.map((link, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; the index is their identity while editing
        <div key={i} className="repeat-row">
          <SelectField
            label={`Link ${i + 1}, network`}
            path={`social.${i}.network`}
            errors={e}
            value={link.network}
            onChange={(ev) => set(i, { network: ev.target.value as Network })}
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
            onChange={(ev) => set(i, { url: ev.target.value })}
            placeholder="https://"
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setLinks((list) => list.filter((_, j) => j !== i))}
          >
            Remove link {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => setLinks((list) => [...list, { network: 'instagram', url: '' }])}
      >
        Add a link
      </button>
    </Section>
  )
}
