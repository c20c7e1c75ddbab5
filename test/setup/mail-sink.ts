import type { TestProject } from 'vitest/node'
import { startMailSink } from '../../scripts/lib/mail-sink.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    mailUrl: string
  }
}

/** A local server that speaks the e-mail provider's API, so the real sender is exercised. */
export default async function setup(project: TestProject) {
  const sink = await startMailSink()
  project.provide('mailUrl', sink.url)
  return () => sink.stop()
}
