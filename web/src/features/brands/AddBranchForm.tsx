import { useState } from 'react'
import { navigate, pathTo } from '../../app/router.ts'
import { createBranch } from './brands-api.ts'
import { NameField, orUndefined, SlugField } from './Field.tsx'
import { Section } from './Section.tsx'
import { useSave } from './useSave.ts'

/** Name (and optionally the address) of a new branch; its details are filled in on its own screen. */
export function AddBranchForm({ brandId, onUnauthorized }: { brandId: string; onUnauthorized: () => void }) {
  const save = useSave(onUnauthorized)
  const [name, setName] = useState('')
  const [slug, setSlug] = useState('')

  function submit() {
    if (!name.trim()) return save.fail('Give the branch a name.', [['name', 'Give the branch a name']])
    save.run(async () => {
      const branch = await createBranch({ brandId, name: name.trim(), slug: orUndefined(slug) })
      navigate(pathTo('branch', { branchId: branch.id }))
    }, 'Branch added.')
  }

  return (
    <Section title="Add a branch" save={save} onSubmit={submit} submitLabel="Add branch">
      <NameField
        errors={save.errors}
        value={name}
        onChange={setName}
        hint="Such as Downtown or Airport terminal 2."
      />
      <SlugField
        label="Address on Vitrine (optional)"
        errors={save.errors}
        value={slug}
        onChange={setSlug}
        hint="Made from the name when left empty."
      />
    </Section>
  )
}
