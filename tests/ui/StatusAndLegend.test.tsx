// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type * as THREE from 'three'
import { createRegionLut, createSkinMaterial } from '@/scene/materials'
import { muscleStyle } from '@/state/appearance'
import { keyContent, keyEntries, keyStateOf } from '@/ui/keyEntries'
import { Legend } from '@/ui/Legend'
import { Notices } from '@/ui/Notices'
import { PATTERN_PALETTE } from '@/look/palette'
import { SelectionStatus } from '@/ui/SelectionStatus'
import { tinyDataset } from './fixture'
import { renderWithData, resetStore, store } from './renderWithData'

beforeEach(resetStore)
afterEach(cleanup)

describe('SelectionStatus', () => {
  it('describes the selection, comparisons, previews and marked areas in a live region', () => {
    renderWithData(<SelectionStatus />)
    const status = screen.getByTestId('selection-status')
    expect(status).toHaveAttribute('aria-live', 'polite')
    expect(status).toHaveTextContent('No muscle selected.')
    act(() => store().selectMuscle('supinator', 'left'))
    expect(status).toHaveTextContent('Selected: Supinator, left side.')
    act(() => store().toggleOverlay('piriformis'))
    expect(status).toHaveTextContent('Also showing: Piriformis.')
    act(() => store().togglePainRegion('temple.L'))
    expect(status).toHaveTextContent('1 painful area marked.')
    act(() => store().previewMuscle('upper-trapezius'))
    expect(status).toHaveTextContent('Previewing the pain pattern of Upper trapezius.')
  })
})

describe('Legend', () => {
  it('explains solid vs hatched and gives one palette colour per drawn muscle', () => {
    renderWithData(<Legend />)
    expect(screen.getByText(/Choose a muscle/)).toBeInTheDocument()
    act(() => {
      store().selectMuscle('supinator')
      store().toggleOverlay('piriformis')
    })
    const legend = screen.getByRole('region', { name: 'Key' })
    expect(legend).toHaveTextContent('Main pain area (essential)')
    expect(legend).toHaveTextContent('May spread here (spillover)')
    const items = within(legend).getAllByRole('listitem').slice(2)
    expect(items.map((li) => li.textContent)).toEqual(['Supinator', 'Piriformis'])
    const swatch = (i: number) =>
      (items[i]!.querySelector('[data-role^="pattern-"]') as HTMLElement).style.backgroundColor
    expect(swatch(0)).toBe(hexToRgb(PATTERN_PALETTE[0]))
    expect(swatch(1)).toBe(hexToRgb(PATTERN_PALETTE[1]))
  })
})

describe("the key's colours are the body's", () => {
  /** The skin shader's colours, as the scene compiles them (pattern palette and the patient's pain mark). */
  function shaderColours() {
    const shader = {
      uniforms: {} as Record<string, { value: unknown }>,
      vertexShader: '',
      fragmentShader: '',
    }
    const material = createSkinMaterial(createRegionLut())
    material.onBeforeCompile(shader as never, undefined as never)
    const hex = (c: unknown) => `#${(c as THREE.Color).getHexString()}`
    return {
      patterns: (shader.uniforms.uPalette!.value as THREE.Color[]).map(hex),
      pain: hex(shader.uniforms.uPainColor!.value),
    }
  }
  const cssHex = (n: number) => `#${n.toString(16).padStart(6, '0')}`
  const swatch = (legend: HTMLElement, role: string) =>
    legend.querySelector<HTMLElement>(`[data-role="${role}"]`)?.dataset.color

  it('one muscle: the muscle in its selected colour, its main and spillover areas in its pattern colour', () => {
    renderWithData(<Legend />)
    act(() => store().selectMuscle('upper-trapezius', 'left'))
    const legend = screen.getByRole('region', { name: 'Key' })
    const part = { muscleId: 'upper-trapezius', side: 'left' as const, layer: 'superficial' as const }
    expect(swatch(legend, 'selected-muscle')).toBe(cssHex(muscleStyle(store(), part).color))
    expect(swatch(legend, 'essential')).toBe(shaderColours().patterns[0])
    expect(swatch(legend, 'spillover')).toBe(shaderColours().patterns[0])
    expect(legend).toHaveTextContent('Upper trapezius (the muscle)')
  })

  it("compared muscles: each line in its pattern's colour; marked pain and a condition's muscles as drawn", () => {
    renderWithData(<Legend />)
    act(() => {
      store().selectCondition('headache')
      store().selectMuscle('supinator')
      store().toggleOverlay('piriformis')
      store().togglePainRegion('coccyx')
    })
    const legend = screen.getByRole('region', { name: 'Key' })
    const { patterns, pain } = shaderColours()
    const supinator = { muscleId: 'supinator', side: 'left' as const, layer: 'superficial' as const }
    expect(swatch(legend, 'selected-muscle')).toBe(cssHex(muscleStyle(store(), supinator).color))
    expect(swatch(legend, 'pattern-0')).toBe(patterns[0])
    expect(swatch(legend, 'pattern-1')).toBe(patterns[1])
    expect(swatch(legend, 'pain-marked')).toBe(pain)
    const trap = { muscleId: 'upper-trapezius', side: 'right' as const, layer: 'superficial' as const }
    expect(swatch(legend, 'condition-muscle')).toBe(
      cssHex(muscleStyle(store(), trap, new Set(['upper-trapezius'])).color),
    )
  })
})

describe('Legend extras', () => {
  it('keys the marked painful areas and the open condition', () => {
    renderWithData(<Legend />)
    act(() => {
      store().togglePainRegion('coccyx')
      store().selectCondition('headache')
    })
    const legend = screen.getByRole('region', { name: 'Key' })
    expect(legend).toHaveTextContent('Where you marked pain')
    expect(legend).toHaveTextContent('Muscles often involved in: Headache')
    expect(legend).not.toHaveTextContent('Main pain area')
  })
})

describe('Notices', () => {
  it('shows store notices as dismissable status messages', async () => {
    store().notify('Part of this link could not be used (nope).')
    const { user } = renderWithData(<Notices />)
    expect(screen.getByRole('status')).toHaveTextContent('Part of this link could not be used (nope).')
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(store().notices).toEqual([])
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument()
  })
})

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`
}

describe('the key, for the saved picture', () => {
  it('reads the store once and lists every entry the key over the view shows, in its order', () => {
    store().selectMuscle('supinator')
    store().togglePainRegion('coccyx')
    const key = keyContent(tinyDataset, keyStateOf(store()))
    expect(keyEntries(key).map((e) => e.role)).toEqual([
      'selected-muscle',
      'essential',
      'spillover',
      'pain-marked',
    ])
    expect(keyEntries(key)[0]!.label).toBe('Supinator (the muscle)')
    store().toggleOverlay('piriformis')
    const two = keyEntries(keyContent(tinyDataset, keyStateOf(store())))
    expect(two.map((e) => e.role)).toEqual([
      'essential',
      'spillover',
      'pattern-0',
      'pattern-1',
      'pain-marked',
    ])
    expect(two.map((e) => e.label).slice(2, 4)).toEqual(['Supinator', 'Piriformis'])
  })
})
