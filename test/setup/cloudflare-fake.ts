import type { TestProject } from 'vitest/node'
import { startCloudflareFake } from '../../scripts/lib/cloudflare-fake.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** CLOUDFLARE_API_URL for the Worker: the fake's `/client/v4` base. */
    cfApiUrl: string
    /** Where the fake's `/__fake/*` controls live. */
    cfFakeOrigin: string
  }
}

/** A local server that speaks Cloudflare's custom hostnames API, so the real client is exercised. */
export default async function setup(project: TestProject) {
  const fake = await startCloudflareFake()
  project.provide('cfApiUrl', fake.apiUrl)
  project.provide('cfFakeOrigin', fake.origin)
  return () => fake.stop()
}
