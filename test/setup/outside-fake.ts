import type { TestProject } from 'vitest/node'
import { startOutsideFake } from '../../scripts/lib/outside-fake.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The outside-APIs fake's origin: `/__fake/{part}/…` controls live here. */
    outsideOrigin: string
    turnstileVerifyUrl: string
    graphUrl: string
    linkedinUrl: string
    receiverUrl: string
  }
}

/** Turnstile, the Meta Graph API, LinkedIn and a webhook receiver, spoken by one local server. */
export default async function setup(project: TestProject) {
  const fake = await startOutsideFake()
  project.provide('outsideOrigin', fake.origin)
  project.provide('turnstileVerifyUrl', fake.turnstileVerifyUrl)
  project.provide('graphUrl', fake.graphUrl)
  project.provide('linkedinUrl', fake.linkedinUrl)
  project.provide('receiverUrl', fake.receiverUrl)
  return () => fake.stop()
}
