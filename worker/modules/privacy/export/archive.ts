/**
 * Writes a ZIP archive to R2 as it is produced, so an export never has to fit in memory:
 * fflate compresses each file as rows arrive, and every full part goes to an R2 multipart
 * upload. An archive smaller than one part is stored with a single put.
 */
import { strToU8, Zip, ZipDeflate } from 'fflate'

// R2 wants every part but the last to be the same size and at least 5 MiB.
export const PART_SIZE = 8 * 1024 * 1024
export const MIN_PART_SIZE = 5 * 1024 * 1024

const HTTP_METADATA = { contentType: 'application/zip' }

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
  if (partSize < MIN_PART_SIZE) throw new Error(`R2 parts must be at least ${MIN_PART_SIZE} bytes`)
  const buffered: Uint8Array[] = []
  let bufferedBytes = 0
  let totalBytes = 0
  let failure: Error | null = null
  let upload: R2MultipartUpload | null = null
  const parts: R2UploadedPart[] = []

  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else {
      buffered.push(chunk)
      bufferedBytes += chunk.length
      totalBytes += chunk.length
    }
  })

  /** The first `size` buffered bytes, as one array. */
  function take(size: number): Uint8Array {
    const out = new Uint8Array(size)
    let filled = 0
    while (filled < size) {
      const head = buffered[0]!
      const used = Math.min(head.length, size - filled)
      out.set(head.subarray(0, used), filled)
      filled += used
      if (used === head.length) buffered.shift()
      else buffered[0] = head.subarray(used)
    }
    bufferedBytes -= size
    return out
  }

  async function uploadFullParts(): Promise<void> {
    if (failure) throw failure
    while (bufferedBytes >= partSize) {
      upload ??= await bucket.createMultipartUpload(key, { httpMetadata: HTTP_METADATA })
      parts.push(await upload.uploadPart(parts.length + 1, take(partSize)))
    }
  }

  async function addFile(name: string, write: (push: (text: string) => Promise<void>) => Promise<void>) {
    const file = new ZipDeflate(name, { level: 6 })
    zip.add(file)
    await write(async (text) => {
      file.push(strToU8(text))
      await uploadFullParts()
    })
    file.push(new Uint8Array(0), true)
    await uploadFullParts()
  }

  return {
    addJson: (name, value) => addFile(name, (push) => push(`${JSON.stringify(value, null, 2)}\n`)),

    async addJsonArray(name, pages) {
      let count = 0
      await addFile(name, async (push) => {
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

    async finish() {
      zip.end()
      if (failure) throw failure
      if (!upload) {
        await bucket.put(key, take(bufferedBytes), { httpMetadata: HTTP_METADATA })
        return totalBytes
      }
      await uploadFullParts()
      if (bufferedBytes > 0) parts.push(await upload.uploadPart(parts.length + 1, take(bufferedBytes)))
      await upload.complete(parts)
      return totalBytes
    },

    async abort() {
      await upload?.abort().catch(() => undefined)
    },
  }
}
