// The page's one inline stylesheet: base rules, then only the rules of the parts the page
// actually shows, so a typical page stays inside the first 14 KB round trip. Mobile first;
// logical properties (inline/block, start/end) only, so `dir=rtl` mirrors the layout by itself.
import { type BrandFonts, FONT_STACKS } from '../../brands/index.ts'
import type { Theme } from '../content/site-content.ts'
import type { Palette } from './palette.ts'

const BASE =
  '*{box-sizing:border-box}[hidden]{display:none!important}html{-webkit-text-size-adjust:100%}' +
  'body{margin:0;font:16px/1.55 var(--bf);color:var(--fg);background:var(--bg)}' +
  'h1,h2,h3{font-family:var(--hf);line-height:1.2;margin:0 0 .6em}h1{font-size:clamp(1.6rem,7vw,2.4rem)}h2{font-size:1.3rem}h3{font-size:1.05rem;margin:0 0 .3em}' +
  'p{margin:0 0 .75em}a{color:var(--lk)}img,video{max-width:100%;height:auto;display:block}ul{padding:0;margin:0;list-style:none}' +
  '.w{max-width:44rem;margin-inline:auto;padding-inline:.75rem}main{padding-block:.75rem 1rem}' +
  '.s{position:relative;overflow:hidden;background:var(--cd);border-radius:var(--r);padding:var(--pd);margin-block-end:.9rem;box-shadow:0 1px 3px #0000001f}' +
  '.s>*{position:relative;z-index:1}.m{color:var(--mu);font-size:.92rem}' +
  '.bs{display:flex;flex-wrap:wrap;gap:.5rem}' +
  '.b{display:inline-flex;align-items:center;justify-content:center;min-height:44px;padding:.55rem 1.1rem;border:0;border-radius:var(--br);background:var(--ac);color:var(--oa);font:inherit;font-weight:600;text-decoration:none;cursor:pointer}' +
  '.b.o{background:none;color:var(--lk);box-shadow:inset 0 0 0 2px currentColor}' +
  ':focus-visible{outline:3px solid #f59e0b;outline-offset:2px}' +
  '.tb{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:.25rem .9rem;padding-block:.5rem;font-size:.9rem}.tb a{color:var(--fg);padding-block:.35rem}.tb [aria-current]{font-weight:700;text-decoration:none}' +
  'footer{text-align:center;color:var(--mu);font-size:.8rem;padding-block:0 2rem}' +
  '.hd{background:var(--hb);color:var(--oh)}.hd a:not(.b){color:inherit}' +
  '@media(min-width:40rem){:root{--pd:var(--pl)}}'

/** Rules shared by several parts, included once when any part on the page needs them. */
export const CHUNKS = {
  form:
    '.f label{display:block;font-weight:600;margin-block:.7rem .25rem}' +
    '.f input,.f select,.f textarea{width:100%;min-height:44px;padding:.55rem .65rem;border:1px solid var(--ln);border-radius:calc(var(--r)/2);font:inherit;color:var(--fg);background:var(--cd)}' +
    '.f textarea{min-height:6rem}.f .b{margin-block-start:1rem}.f fieldset{border:0;margin:0;padding:0;min-width:0}' +
    '.hp{position:absolute;inset-inline-start:-9999px}.g2{display:grid;gap:0 .75rem}@media(min-width:30rem){.g2{grid-template-columns:1fr 1fr}}',
  grid: '.gr{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(var(--gm,9rem),1fr))}',
  badge:
    '.ob{display:inline-block;padding:.05rem .6rem;border-radius:999px;font-size:.85rem;font-weight:600;background:#e5e7eb;color:#111}.ob.on{background:#dcfce7;color:#14532d}.ob.off{background:#fee2e2;color:#7f1d1d}',
  rows: '.rw>li{display:flex;justify-content:space-between;gap:1rem;padding-block:.55rem;border-block-end:1px solid var(--ln)}.rw>li:last-child{border:0}.rw .v{white-space:nowrap;text-align:end}',
  arcs:
    '.at::before,.ab::after{content:"";position:absolute;z-index:0;pointer-events:none;width:var(--as);aspect-ratio:1;border:var(--aw) solid var(--arc,var(--pr));border-radius:50%;opacity:.2}' +
    '.at::before{inset-inline-end:calc(var(--as)*-.3);top:calc(var(--as)*-.55)}.ab::after{inset-inline-start:calc(var(--as)*-.3);bottom:calc(var(--as)*-.55)}' +
    '.a-sm{--as:7rem;--aw:.6rem}.a-md{--as:12rem;--aw:1rem}.a-lg{--as:20rem;--aw:1.6rem}',
  avatar: '.av{border-radius:50%;aspect-ratio:1;object-fit:cover}',
  qr: '.qr{display:block;width:10rem;height:10rem;padding:.6rem;background:#fff;color:#000;border-radius:.5rem}',
} as const
export type Chunk = keyof typeof CHUNKS

const RADIUS = { rounded: ['.8rem', '.6rem'], square: ['0', '0'], pill: ['1.4rem', '999px'] } as const

/** The custom properties every rule above reads: brand colours, fonts and theme. */
function variables(palette: Palette, fonts: BrandFonts, theme: Theme) {
  const [radius, buttonRadius] = RADIUS[theme.corners]
  const [pad, padLarge] = theme.density === 'compact' ? ['.9rem', '1.1rem'] : ['1.15rem', '1.6rem']
  return (
    `:root{--pr:${palette.primary};--ac:${palette.accent};--oa:${palette.onAccent};--bg:${palette.background};` +
    `--cd:${palette.card};--fg:${palette.text};--mu:${palette.muted};--ln:${palette.line};--lk:${palette.link};` +
    `--hb:${palette.header};--oh:${palette.onHeader};--r:${radius};--br:${buttonRadius};--pd:${pad};--pl:${padLarge};` +
    `--hf:${FONT_STACKS[fonts.heading]};--bf:${FONT_STACKS[fonts.body]}}`
  )
}

export interface StyleInput {
  palette: Palette
  fonts: BrandFonts
  theme: Theme
  /** Rules of each part on the page, e.g. one per section type shown. */
  parts: Iterable<string>
  chunks: Iterable<Chunk>
  /** Per-instance rules (an arc's colour, a hero's overlay), already escaped-safe. */
  extra?: Iterable<string>
}

export function buildStylesheet(input: StyleInput): string {
  const chunks = [...new Set(input.chunks)].map((name) => CHUNKS[name])
  return [
    variables(input.palette, input.fonts, input.theme),
    BASE,
    ...chunks,
    ...new Set(input.parts),
    ...(input.extra ?? []),
  ].join('')
}
