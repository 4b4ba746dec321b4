// @vitest-environment jsdom
/**
 * The start-up path's hand-over to react-three-fiber (boot/index.ts): the 3D view's <Canvas>, given
 * CANVAS_HAND_OVER, carries on with the start-up frame's renderer (its canvas and WebGL context; no second
 * context), and does not draw the start-up frame's picture again; a change of a drawn field is drawn. An R3F
 * upgrade that stops adopting the given renderer, or draws on a canvas of its own, fails here.
 */
import { Canvas, useThree } from '@react-three/fiber'
import type { RootState } from '@react-three/fiber'
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import * as THREE from 'three'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fakeWebgl2 } from './fakeWebgl'

const WIDTH = 400
const HEIGHT = 300
const POSITION: [number, number, number] = [0, 1, 3]

const contexts: WebGL2RenderingContext[] = []
const restore: (() => void)[] = []

beforeAll(() => {
  const getContext = HTMLCanvasElement.prototype.getContext
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, attrs?: object) {
    if (kind !== 'webgl2') return null
    const gl = fakeWebgl2(this, attrs)
    contexts.push(gl)
    return gl
  } as typeof getContext
  const rect = HTMLElement.prototype.getBoundingClientRect
  HTMLElement.prototype.getBoundingClientRect = () =>
    ({ x: 0, y: 0, left: 0, top: 0, width: WIDTH, height: HEIGHT, right: WIDTH, bottom: HEIGHT }) as DOMRect
  const observer = globalThis.ResizeObserver
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  restore.push(() => {
    HTMLCanvasElement.prototype.getContext = getContext
    HTMLElement.prototype.getBoundingClientRect = rect
    globalThis.ResizeObserver = observer
  })
})
afterAll(() => restore.forEach((r) => r()))

const frames = (n: number) =>
  act(async () => {
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r))
  })

describe('the hand-over from the start-up frame to the 3D view', () => {
  it('gives <Canvas> the start-up renderer, its canvas and context, and draws its picture once', async () => {
    const { webglAvailable } = await import('@/boot/webgl')
    const { drawBootFrame } = await import('@/boot/bootFrame')
    const { CANVAS_HAND_OVER } = await import('@/boot/renderer')
    const { DrawOnDemand } = await import('@/scene/DrawOnDemand')
    const { useAppStore } = await import('@/state/store')

    // The start-up path: the probe's context, then the start-up frame on it.
    expect(webglAvailable()).toBe(true)
    expect(contexts).toHaveLength(1)
    const host = document.createElement('div')
    document.body.append(host)
    const camera = new THREE.PerspectiveCamera(35, WIDTH / HEIGHT, 0.05, 30)
    camera.position.set(...POSITION)
    camera.lookAt(0, 0, 0)
    const view = {
      layers: useAppStore.getState().layers,
      xray: false,
      camera: 'front' as const,
      tab: 'explore' as const,
    }
    const drawn = await drawBootFrame(host, view, async () => ({
      scene: new THREE.Scene(),
      camera,
      addBody: () => undefined,
    }))
    expect(drawn).toBe(true)
    expect(document.body.dataset.bootFrame).toBe('drawn')
    const bootCanvas = host.querySelector('canvas')!
    expect(bootCanvas).not.toBeNull()

    // The 3D view.
    let state: RootState | null = null
    function Grab() {
      state = useThree()
      return null
    }
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    await act(async () =>
      root.render(
        <Canvas {...CANVAS_HAND_OVER} camera={{ fov: 35, near: 0.05, far: 30, position: POSITION }}>
          <Grab />
          <DrawOnDemand />
        </Canvas>,
      ),
    )
    await frames(4)
    const gl = state!.gl
    expect(gl.domElement, 'the start-up canvas').toBe(bootCanvas)
    expect(gl.getContext(), "the probe's context").toBe(contexts[0])
    expect(contexts, 'no second WebGL context').toHaveLength(1)
    expect([...document.querySelectorAll('canvas')], 'one canvas, in the 3D view').toEqual([bootCanvas])
    expect(container.contains(bootCanvas)).toBe(true)
    expect(state!.frameloop).toBe('demand')
    expect(document.body.dataset.sceneReady, 'the 3D view is live').toBe('true')
    expect(gl.info.render.frame, 'the start-up picture is not drawn again').toBe(1)

    // Nothing drawn changes: no frame. A drawn field changes: one frame.
    await act(async () => useAppStore.setState({ handAzimuth: 1 }))
    await frames(3)
    expect(gl.info.render.frame).toBe(1)
    await act(async () => useAppStore.getState().setXray(true))
    await frames(3)
    expect(gl.info.render.frame).toBe(2)

    await act(async () => root.unmount())
  })
})
