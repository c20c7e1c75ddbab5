import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_QR_DESIGN, designFromBrand } from '../../worker/modules/qr/design/defaults.ts'
import { layoutQr } from '../../worker/modules/qr/design/layout.ts'
import { mm, PAPER, type Paper, sheetLayout, tentLayout } from '../../worker/modules/qr/render/pdf/paper.ts'
import {
  buildPrintSheetPdf,
  planCell,
  type SheetItem,
} from '../../worker/modules/qr/render/pdf/print-sheet.ts'
import { sceneLogos } from '../../worker/modules/qr/render/pdf/raster.ts'
import { buildTableTentsPdf, tentCodeBox } from '../../worker/modules/qr/render/pdf/table-tent.ts'
import type { TextOutliner } from '../../worker/modules/qr/render/pdf/text-outline.ts'
import { crop, inkShare, logoDataUri, nodeOutliner, Resvg, rasterPages, readCode } from './qr-pdf-support.ts'

let text: TextOutliner
beforeAll(async () => {
  text = await nodeOutliner()
})

const url = (i: number) => `https://vitrine.dev/q/Tbl${String(i).padStart(5, '0')}`
const brand = designFromBrand({ primary: '#c2185b' })
const framed = {
  ...brand,
  frame: { style: 'banner' as const, text: 'Scan for menu', color: '#c2185b', textColor: '#ffffff' },
}

function items(count: number): SheetItem[] {
  return Array.from({ length: count }, (_, i) => ({
    scene: layoutQr(url(i), i % 3 === 0 ? framed : i % 3 === 1 ? brand : DEFAULT_QR_DESIGN, null),
    label: i % 2 ? `Table ${i}` : `طاولة ${i}`,
    sublabel: i % 4 === 0 ? undefined : 'Downtown · terrace',
  }))
}

describe('print sheets', () => {
  for (const paper of ['a4', 'letter'] as Paper[]) {
    it(`puts 12 codes a page on ${paper}, every one of them readable, in order`, () => {
      const list = items(14)
      const pdf = buildPrintSheetPdf(list, { paper, perPage: 12, cutMarks: true }, text)
      const pages = rasterPages(pdf, 150)
      expect(pages).toHaveLength(2)
      // Each distinct line of text is outlined into the file once: 14 labels, the sublabel,
      // two calls to action ("Scan me" and "Scan for menu") and two page numbers.
      expect(new TextDecoder('latin1').decode(pdf).match(/\/Subtype \/Form/g)).toHaveLength(14 + 1 + 2 + 2)
      const layout = sheetLayout(paper, 12)
      const decoded: string[] = []
      for (const [p, page] of pages.entries()) {
        expect(page.pagePt.w).toBeCloseTo(PAPER[paper].width, 1)
        expect(page.pagePt.h).toBeCloseTo(PAPER[paper].height, 1)
        const onPage = list.slice(p * 12, p * 12 + 12)
        onPage.forEach((item, i) => {
          const cell = layout.cells[i]
          if (!cell) throw new Error('no cell')
          const found = readCode(crop(page, cell))
          decoded.push(found?.data ?? `nothing in cell ${i} of page ${p + 1}`)
          // The label sits under the code, inside the cell.
          const plan = planCell(cell, item.scene, { label: true, sublabel: true })
          const labelBand = { x: cell.x, y: plan.code.y + plan.code.h, w: cell.w, h: plan.labelSize * 1.4 }
          expect(inkShare(crop(page, labelBand))).toBeGreaterThan(0.01)
        })
        // The second page's empty cells stay empty.
        for (const cell of layout.cells.slice(onPage.length)) expect(inkShare(crop(page, cell))).toBe(0)
      }
      expect(decoded).toEqual(list.map((_, i) => url(i)))
    })
  }

  it('draws cut marks outside the grid only when asked', () => {
    const layout = sheetLayout('a4', 4)
    const corner = { x: layout.grid.x - mm(7), y: layout.grid.y - mm(7), w: mm(6.5), h: mm(6.5) }
    const topEdge = { x: layout.grid.x - 2, y: layout.grid.y - mm(7), w: 4, h: mm(6) }
    const middle = layout.grid.y + layout.grid.h / 2
    const rightEdge = { x: layout.grid.x + layout.grid.w + mm(1), y: middle - 2, w: mm(6), h: 4 }
    const withMarks = rasterPages(
      buildPrintSheetPdf(items(1), { paper: 'a4', perPage: 4, cutMarks: true }, text),
    )[0]
    const without = rasterPages(
      buildPrintSheetPdf(items(1), { paper: 'a4', perPage: 4, cutMarks: false }, text),
    )[0]
    if (!withMarks || !without) throw new Error('no page')
    expect(inkShare(crop(withMarks, topEdge))).toBeGreaterThan(0.05)
    expect(inkShare(crop(without, topEdge))).toBe(0)
    expect(inkShare(crop(withMarks, rightEdge))).toBeGreaterThan(0.05)
    expect(inkShare(crop(without, rightEdge))).toBe(0)
    // Ticks along the cuts, nothing drawn diagonally off the corner.
    expect(inkShare(crop(withMarks, corner))).toBe(0)
  })

  it('numbers its pages and reads at 20 a page on Letter with a logo on every code', async () => {
    const logo = logoDataUri()
    const list = Array.from({ length: 20 }, (_, i) => ({
      scene: layoutQr(url(i), { ...brand, logoMediaId: 'med_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }, logo),
      label: `Room ${i + 1}`,
    }))
    const logos = await sceneLogos(
      Resvg,
      list.map((i) => ({ scene: i.scene, widthMm: 40 })),
    )
    // One raster for one logo, however many codes carry it.
    expect(new Set(logos).size).toBe(1)
    const pdf = buildPrintSheetPdf(
      list.map((item, i) => ({ ...item, logo: logos[i] ?? null })),
      { paper: 'letter', perPage: 20, cutMarks: true },
      text,
    )
    // The logo and its soft mask, once each.
    expect(new TextDecoder('latin1').decode(pdf).match(/\/Subtype \/Image/g)).toHaveLength(2)
    const [page] = rasterPages(pdf, 200)
    if (!page) throw new Error('no page')
    const layout = sheetLayout('letter', 20)
    expect(layout.cells.map((cell) => readCode(crop(page, cell))?.data)).toEqual(list.map((_, i) => url(i)))
    const footer = { x: layout.width / 2 - 40, y: layout.footerY - 10, w: 80, h: 14 }
    expect(inkShare(crop(page, footer))).toBeGreaterThan(0.01)
  })

  it('refuses an empty sheet', () => {
    expect(() => buildPrintSheetPdf([], { paper: 'a4', perPage: 12, cutMarks: true }, text)).toThrow(
      RangeError,
    )
  })
})

describe('table tents', () => {
  for (const paper of ['a4', 'letter'] as Paper[]) {
    it(`prints both faces on ${paper}, the top one upside down, around a fold line`, () => {
      const item = {
        scene: layoutQr(url(7), framed, null),
        label: 'Table 7',
        headline: 'امسح لقائمة الطعام',
      }
      const pdf = buildTableTentsPdf(
        [item, { ...item, scene: layoutQr(url(8), brand, null), label: 'Table 8' }],
        { paper },
        text,
      )
      const pages = rasterPages(pdf, 150)
      expect(pages).toHaveLength(2)
      const layout = tentLayout(paper)
      for (const [p, page] of pages.entries()) {
        const [top, bottom] = layout.panels
        if (!top || !bottom) throw new Error('no panels')
        const upright = readCode(crop(page, bottom.box))
        const flipped = readCode(crop(page, top.box))
        expect(upright?.data).toBe(url(7 + p))
        expect(flipped?.data).toBe(url(7 + p))
        // Upright: the top-left finder is top left; upside down it is bottom right.
        expect(upright?.topLeft.x).toBeLessThan(0.5)
        expect(upright?.topLeft.y).toBeLessThan(0.5)
        expect(flipped?.topLeft.x).toBeGreaterThan(0.5)
        expect(flipped?.topLeft.y).toBeGreaterThan(0.5)
        // Headlines: above the code on the upright face, below it (as seen flat) on the other.
        const code = tentCodeBox(bottom.box, item.scene, item)
        const head = { x: bottom.box.x, y: bottom.box.y, w: bottom.box.w, h: code.y - bottom.box.y }
        expect(inkShare(crop(page, head))).toBeGreaterThan(0.01)
        const fold = { x: 0, y: layout.fold - 1, w: layout.width, h: 2 }
        expect(inkShare(crop(page, fold))).toBeGreaterThan(0.2)
      }
    })
  }
})
