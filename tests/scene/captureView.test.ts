// @vitest-environment jsdom
// captureView (scene/captureView.ts) with a stand-in renderer: pictures only from a live context, the crop rules,
// preset views drawn with a copy of the camera, helpers left out and the view redrawn after.
import * as THREE from 'three'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { contentBox, createCaptureView, leaveOutOfPictures } from '@/scene/captureView'
import { presetPose } from '@/scene/cameraPresets'

/** A 2D context that records what is drawn (jsdom has none). */
function fakeContext(canvas: HTMLCanvasElement) {
  return {
    canvas,
    fillStyle: '',
    fillRect: vi.fn(),
    drawImage: vi.fn(),
    getImageData: (_x: number, _y: number, w: number, h: number) => {
      // the body: a block in the middle third of the picture, on the background
      const data = new Uint8ClampedArray(w * h * 4)
      for (let y = Math.floor(h / 3); y < Math.floor((2 * h) / 3); y++)
        for (let x = Math.floor(w / 3); x < Math.floor((2 * w) / 3); x++)
          data.set([200, 150, 140, 255], (y * w + x) * 4)
      return { data }
    },
  }
}

function stage(width = 1000, height = 800) {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  document.body.append(canvas)
  let lost = false
  const rendered: THREE.Camera[] = []
  const ring = new THREE.Mesh()
  leaveOutOfPictures(ring)
  const ringSeen: boolean[] = []
  const gl = {
    domElement: canvas,
    getContext: () => ({ isContextLost: () => lost }),
    render: (_scene: THREE.Scene, camera: THREE.Camera) => {
      rendered.push(camera)
      ringSeen.push(ring.visible)
    },
  } as unknown as THREE.WebGLRenderer
  const scene = new THREE.Scene()
  ring.visible = true
  scene.add(ring)
  const camera = new THREE.PerspectiveCamera(35, width / height)
  camera.position.set(0.5, 1, 2)
  const redraw = vi.fn()
  return {
    canvas,
    camera,
    ring,
    ringSeen,
    rendered,
    redraw,
    capture: createCaptureView(gl, scene, camera, redraw),
    lose: () => void (lost = true),
    restore: () => {
      lost = false
      canvas.dispatchEvent(new Event('webglcontextrestored'))
    },
  }
}

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    return fakeContext(this) as unknown as CanvasRenderingContext2D
  } as never)
})
afterEach(() => {
  vi.restoreAllMocks()
  document.body.replaceChildren()
})

describe('captureView', () => {
  it('takes the view as shown, whole, on the background, and redraws the view after', async () => {
    const s = stage()
    const taken = await s.capture({ background: '#123456' })
    expect(taken.ok).toBe(true)
    if (!taken.ok) return
    expect(taken.pictures).toHaveLength(1)
    expect([taken.pictures[0]!.width, taken.pictures[0]!.height]).toEqual([1000, 800])
    expect(s.rendered).toEqual([s.camera])
    expect(s.redraw).toHaveBeenCalledTimes(1)
  })

  it('leaves the brush ring out of the picture and shows it again after', async () => {
    const s = stage()
    await s.capture({ background: '#000' })
    expect(s.ringSeen).toEqual([false])
    expect(s.ring.visible).toBe(true)
  })

  it("crops to the body for the handout, and to the middle of the view for a drawing's pictures", async () => {
    const s = stage(900, 600)
    const body = await s.capture({ background: '#fff', crop: 'body' })
    if (!body.ok) throw new Error('no picture')
    // the block spans a third of each side, plus a 4 % margin of the larger side (36 px) all round
    expect([body.pictures[0]!.width, body.pictures[0]!.height]).toEqual([300 + 72, 200 + 72])
    const middle = await s.capture({ background: '#fff', crop: 'middle', height: 400 })
    if (!middle.ok) throw new Error('no picture')
    expect([middle.pictures[0]!.width, middle.pictures[0]!.height]).toEqual([
      Math.round(372 * (400 / 600)),
      400,
    ])
  })

  it('draws preset views with a copy of the camera, leaving the view where it was', async () => {
    const s = stage()
    const before = s.camera.position.clone()
    const taken = await s.capture({ background: '#000', views: ['front', 'back'] })
    expect(taken.ok && taken.pictures.length).toBe(2)
    expect(s.rendered).toHaveLength(2)
    expect(s.rendered[0]).not.toBe(s.camera)
    expect(s.rendered[0]!.position.toArray()).toEqual(presetPose('front').position)
    expect(s.rendered[1]!.position.toArray()).toEqual(presetPose('back').position)
    expect(s.camera.position.equals(before)).toBe(true)
  })

  it('takes no picture while the graphics restart, or waits for them when asked', async () => {
    const s = stage()
    s.lose()
    expect(await s.capture({ background: '#000' })).toEqual({ ok: false, reason: 'restarting' })
    expect(s.rendered).toHaveLength(0)
    const waiting = s.capture({ background: '#000', waitForRestore: 5000 })
    s.restore()
    expect((await waiting).ok).toBe(true)
    s.lose()
    expect(await s.capture({ background: '#000', waitForRestore: 20 })).toEqual({
      ok: false,
      reason: 'restarting',
    })
  })

  it('answers unavailable for a canvas off the page', async () => {
    const s = stage()
    s.canvas.remove()
    expect(await s.capture({ background: '#000' })).toEqual({ ok: false, reason: 'unavailable' })
  })
})

describe('contentBox', () => {
  it('contentBox frames what differs from the background, with a margin, inside the image', () => {
    const w = 100
    const h = 50
    const data = new Uint8ClampedArray(w * h * 4)
    for (let i = 0; i < data.length; i += 4) data.set([31, 42, 51, 255], i)
    const paint = (x: number, y: number) => data.set([230, 200, 190, 255], (y * w + x) * 4)
    paint(40, 10)
    paint(60, 30)
    expect(contentBox(data, w, h, 0)).toEqual({ x: 40, y: 10, width: 21, height: 21 })
    expect(contentBox(data, w, h, 0.05)).toEqual({ x: 35, y: 5, width: 31, height: 31 })
    paint(99, 49)
    expect(contentBox(data, w, h, 0.05)).toEqual({ x: 35, y: 5, width: 65, height: 45 })
    const blank = new Uint8ClampedArray(w * h * 4)
    expect(contentBox(blank, w, h)).toEqual({ x: 0, y: 0, width: w, height: h })
  })
})
