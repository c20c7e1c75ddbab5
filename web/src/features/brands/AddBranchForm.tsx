import { useState } from 'react'
import { navigate, pathTo } from '../../app/router.ts'
import { createBranch } from './brands-api.ts'
import { Field, orUndefined } from './Field.tsx'
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
      <Field
        label="Name"
        path="name"
        errors={save.errors}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={120}
        hint="Such as Downtown or Airport terminal 2."
      />
      <Field
        label="Address on Vitrine (optional)"
        path="slug"
        errors={save.errors}
        value={slug}
        onChange={(e) => setSlug(e.target.value.toLowerCase())}
        maxLength={60}
        autoComplete="off"
        spellCheck={false}
        hint="Made from the name when left empty."
      />
    </Section>
  )
}
