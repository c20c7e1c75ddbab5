import { useState } from 'react'
import { MediaPicker } from '../media/MediaPicker.tsx'
import type { Member } from '../team/team-api.ts'
import { createStaff, type StaffMember, type StaffPatch, updateStaff } from './brands-api.ts'
import { Field, NameField, orNull, SelectField, SlugField, TextAreaField } from './Field.tsx'
import { Section } from './Section.tsx'
import { useSave } from './useSave.ts'

/** Adds a person to a branch, or edits one: their card's details, photo and linked account. */
export function StaffForm({
  branchId,
  person,
  members,
  onSaved,
  onCancel,
  onUnauthorized,
}: {
  branchId: string
  person: StaffMember | null
  /** The organisation's members to link, or null when this viewer cannot list them. */
  members: Member[] | null
  onSaved: (person: StaffMember) => void
  onCancel: () => void
  onUnauthorized: () => void
}) {
  const save = useSave(onUnauthorized)
  const [name, setName] = useState(person?.name ?? '')
  const [slug, setSlug] = useState(person?.slug ?? '')
  const [title, setTitle] = useState(person?.title ?? '')
  const [bio, setBio] = useState(person?.bio ?? '')
  const [photo, setPhoto] = useState(person?.photo ?? null)
  const [phone, setPhone] = useState(person?.phone ?? '')
  const [whatsapp, setWhatsapp] = useState(person?.whatsapp ?? '')
  const [email, setEmail] = useState(person?.email ?? '')
  const [userId, setUserId] = useState(person?.userId ?? '')
  const [published, setPublished] = useState(person?.published ?? true)

  function submit() {
    if (!name.trim()) return save.fail('Give the person’s name.', [['name', 'Give the person’s name']])
    const body: StaffPatch = {
      name: name.trim(),
      title: orNull(title),
      bio: orNull(bio),
      photoMediaId: photo?.id ?? null,
      phone: orNull(phone),
      whatsapp: orNull(whatsapp),
      email: orNull(email),
      published,
      ...(members && { userId: userId || null }),
      ...(person && slug !== person.slug && { slug: slug.trim() }),
    }
    save.run(
      async () => {
        onSaved(
          person
            ? await updateStaff(person.id, body)
            : await createStaff(branchId, { ...body, name: name.trim() }),
        )
      },
      person ? `${name.trim()} saved.` : `${name.trim()} added.`,
    )
  }

  const e = save.errors
  return (
    <Section
      title={person ? `Edit ${person.name}` : 'Add a person'}
      save={save}
      onSubmit={submit}
      submitLabel={person ? 'Save person' : 'Add person'}
    >
      <NameField errors={e} value={name} onChange={setName} />
      {person && (
        <SlugField
          label="Card address"
          errors={e}
          value={slug}
          onChange={setSlug}
          hint={
            slug !== person.slug
              ? 'The old card link keeps working: it redirects to the new one.'
              : `The card is at ${person.path}.`
          }
        />
      )}
      <Field
        label="Role or title"
        path="title"
        errors={e}
        value={title}
        onChange={(ev) => setTitle(ev.target.value)}
        maxLength={120}
        placeholder="Head chef"
      />
      <TextAreaField
        label="About (optional)"
        path="bio"
        errors={e}
        value={bio}
        onChange={(ev) => setBio(ev.target.value)}
        maxLength={1000}
        rows={3}
      />
      <MediaPicker
        label="Photo"
        value={photo?.id ?? null}
        url={photo?.url}
        onChange={setPhoto}
        help="A portrait, square works best."
      />
      <Field
        label="Direct phone"
        path="phone"
        errors={e}
        type="tel"
        value={phone}
        onChange={(ev) => setPhone(ev.target.value)}
        autoComplete="off"
      />
      <Field
        label="WhatsApp"
        path="whatsapp"
        errors={e}
        type="tel"
        value={whatsapp}
        onChange={(ev) => setWhatsapp(ev.target.value)}
        autoComplete="off"
      />
      <Field
        label="E-mail"
        path="email"
        errors={e}
        type="email"
        value={email}
        onChange={(ev) => setEmail(ev.target.value)}
        autoComplete="off"
      />
      {members && (
        <SelectField
          label="Linked member"
          path="userId"
          errors={e}
          value={userId}
          onChange={(ev) => setUserId(ev.target.value)}
          hint="Leads from this card are assigned to them."
        >
          <option value="">Nobody</option>
          {members.map((m) => (
            <option key={m.user.id} value={m.user.id}>
              {m.user.name} ({m.user.email})
            </option>
          ))}
        </SelectField>
      )}
      <div className="checkbox">
        <input
          id={`published-${person?.id ?? 'new'}`}
          type="checkbox"
          checked={published}
          onChange={(ev) => setPublished(ev.target.checked)}
        />
        <label htmlFor={`published-${person?.id ?? 'new'}`}>
          Show on the branch page and publish the card
        </label>
      </div>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </Section>
  )
}
