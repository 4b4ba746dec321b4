import { describe, expect, it } from 'vitest'
import { MIN_BYTES, worthCompressing } from '@/tools/compressPlugin'

describe('pre-compressed copies of the build', () => {
  it('are made for the model, code, styles, data and pages', () => {
    for (const f of [
      'assets/body-1a.glb',
      'assets/index-x.js',
      'assets/a.css',
      'assets/dataset-2.json',
      'index.html',
      'embed.html',
      'manifest.webmanifest',
    ])
      expect(worthCompressing(f, 50_000), f).toBe(true)
  })

  it('not for pictures (compressed already), tiny files or the README screenshots', () => {
    expect(worthCompressing('icon-512.png', 50_000)).toBe(false)
    expect(worthCompressing('assets/tiny.js', MIN_BYTES - 1)).toBe(false)
    expect(worthCompressing('screenshots/notes.svg', 50_000)).toBe(false)
    expect(worthCompressing('sw.js', 50_000)).toBe(false)
  })
})
