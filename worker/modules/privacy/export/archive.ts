/**
 * The export archive: JSON files in a ZIP streamed to R2 (see lib/r2-zip-upload), each array
 * written page by page as rows arrive, so an export never has to fit in memory.
 */
import { openZipUpload, PART_SIZE } from '../../../lib/r2-zip-upload.ts'

export { MIN_PART_SIZE } from '../../../lib/r2-zip-upload.ts'

export interface Archive {
  /** Adds a JSON file written in one piece. */
  addJson(name: string, value: unknown): Promise<void>
  /** Adds a JSON array written page by page; returns how many items it holds. */
  addJsonArray(name: string, pages: AsyncIterable<readonly unknown[]>): Promise<number>
  /** Closes the archive and stores it; returns its size in bytes. */
  finish(): Promise<number>
  /** Drops whatever was uploaded. */
  abort(): Promise<void>
}

export function openArchive(bucket: R2Bucket, key: string, partSize = PART_SIZE): Archive {
  const zip = openZipUpload(bucket, key, partSize)
  return {
    addJson: (name, value) => zip.addStream(name, (push) => push(`${JSON.stringify(value, null, 2)}\n`)),

    async addJsonArray(name, pages) {
      let count = 0
      await zip.addStream(name, async (push) => {
        await push('[')
        for await (const page of pages) {
          if (page.length === 0) continue
          const items = page.map((item) => `\n  ${JSON.stringify(item)}`).join(',')
          await push(count === 0 ? items : `,${items}`)
          count += page.length
        }
        await push(count === 0 ? ']\n' : '\n]\n')
      })
      return count
    },

    finish: () => zip.finish(),
    abort: () => zip.abort(),
  }
}
