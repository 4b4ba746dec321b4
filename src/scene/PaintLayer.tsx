/**
 * The patient's pain drawing on the skin: a per-vertex `_paint` attribute the skin shader reads (x = aches,
 * y = sharp / worst) and brush strokes in draw mode.
 *
 * Strokes: in "Where does it hurt?" with drawing on, a one-finger / mouse drag that STARTS on the skin paints and
 * the camera controls are switched off until it ends; a drag that starts off the body still turns it. A second
 * finger during a stroke cancels the stroke and hands both fingers to the camera (pinch / pan). The stroke paints
 * a working copy; the store gets the new paint once, when the stroke ends (one undo step per stroke).
 */
import type { CameraControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useCallback, useEffect, useMemo } from 'react'
import type * as THREE from 'three'
import type { SkinHit, Stroke } from '@/domain/paintStroke'
import { dab, liftBrush, startStroke, strokeResult } from '@/domain/paintStroke'
import type { BodyIndex } from '@/model/bodyIndex'
import { bodyIndexOf } from '@/model/bodyIndex'
import { BRUSH_RADIUS, BRUSH_VALUE } from '@/state/drawingSlice'
import { useAppStore } from '@/state/store'
import { onFirstFrame } from '@/boot/firstFrame'
import { createBrushRing, disposeBrushRing, placeBrushRing } from './brushRing'
import { createSkinPicker } from './skinPick'
import type { LoadedBody } from './bodyLoad'
import { paintAttribute } from './bodyLoad'

/** Writes per-vertex paint (0, 1, 2) into the two-channel attribute. */
function writeAttribute(attr: THREE.BufferAttribute, paint: Uint8Array | null) {
  const a = attr.array as Uint8Array
  for (let i = 0; i < attr.count; i++) {
    const v = paint?.[i] ?? 0
    a[i * 2] = v === 1 ? 255 : 0
    a[i * 2 + 1] = v === 2 ? 255 : 0
  }
  attr.needsUpdate = true
}

export function PaintLayer({ body }: { body: LoadedBody }) {
  const { gl, camera, scene, invalidate, get } = useThree()
  // The default controls (CameraRig's, `makeDefault`), read when needed: they mount after this component.
  const controls = useCallback(() => get().controls as unknown as CameraControls | null, [get])
  const ring = useMemo(() => createBrushRing(), [])
  useEffect(() => {
    scene.add(ring)
    return () => {
      scene.remove(ring)
      disposeBrushRing(ring)
    }
  }, [scene, ring])

  useEffect(() => {
    const skin = body.skin
    if (!skin) return
    const attr = paintAttribute(skin)
    const store = useAppStore

    // The body index (skin regions, world positions, fingerprint) once the first frame is out: building it takes
    // tens of milliseconds.
    let world: BodyIndex | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    const offFirstFrame = onFirstFrame(() => {
      timer = setTimeout(() => {
        world = bodyIndexOf(body)
        const { vertexRegion, regionNames, fingerprint } = world
        store.getState().registerSkin({ vertexRegion, regionNames, fingerprint })
      }, 0)
    })

    // The stroke (domain/paintStroke.ts) lives here, outside React: pointer events come fast.
    let stroke: Stroke | null = null
    let replaying = false
    const touches = new Map<number, PointerEvent>()
    const el = gl.domElement
    const hitAt = createSkinPicker(el, camera, skin)

    const paint = (hit: SkinHit) => {
      if (!stroke || !world) return
      const s = store.getState()
      dab(stroke, world, hit, BRUSH_RADIUS[s.brushSize], BRUSH_VALUE[s.brush])
      writeAttribute(attr, stroke.working)
      invalidate()
    }

    const endStroke = (commit: boolean) => {
      if (!stroke) return
      const done = stroke
      stroke = null
      if (el.hasPointerCapture(done.pointerId)) el.releasePointerCapture(done.pointerId)
      const cc = controls()
      if (cc) cc.enabled = true
      const kept = strokeResult(done, commit)
      if (kept) store.getState().commitPaint(kept)
      else writeAttribute(attr, store.getState().paint)
      invalidate()
    }

    const onPointerDown = (e: PointerEvent) => {
      if (e.pointerType === 'touch') touches.set(e.pointerId, e)
      if (stroke) {
        // A second finger: not a stroke but a pinch or pan. Undo the stroke and give both fingers to the camera.
        if (e.pointerType === 'touch' && e.pointerId !== stroke.pointerId) {
          const first = touches.get(stroke.pointerId)
          endStroke(false)
          if (first) {
            replaying = true
            el.dispatchEvent(new PointerEvent('pointerdown', { ...pointerInit(first), bubbles: true }))
            replaying = false
          }
        }
        return
      }
      if (replaying) return
      const s = store.getState()
      if (!s.drawMode || s.tab !== 'pain' || !world) return
      if (e.pointerType === 'mouse' && e.button !== 0) return
      if (e.pointerType === 'touch' && touches.size > 1) return
      const hit = hitAt(e)
      if (!hit) return // off the body: the camera turns as usual
      const cc = controls()
      if (cc) cc.enabled = false
      stroke = startStroke(e.pointerId, s.paint, attr.count)
      try {
        el.setPointerCapture(e.pointerId)
      } catch {
        // not an active pointer (a synthetic event): moves still arrive while it stays over the canvas
      }
      paint(hit)
    }
    const showRing = (hit: SkinHit | null) => {
      const s = store.getState()
      const drawing = s.drawMode && s.tab === 'pain'
      if (placeBrushRing(ring, drawing ? hit : null, BRUSH_RADIUS[s.brushSize])) invalidate()
    }
    const onPointerMove = (e: PointerEvent) => {
      if (e.pointerType === 'touch' && touches.has(e.pointerId)) touches.set(e.pointerId, e)
      if (!stroke || e.pointerId !== stroke.pointerId) {
        // the brush ring follows a hovering mouse or pen in draw mode
        if (!stroke && e.pointerType !== 'touch' && e.buttons === 0) {
          const s = store.getState()
          showRing(s.drawMode && s.tab === 'pain' && world ? hitAt(e) : null)
        }
        return
      }
      const hit = hitAt(e)
      if (e.pointerType !== 'touch') showRing(hit)
      if (hit) paint(hit)
      else liftBrush(stroke) // off the body: lift the brush until it comes back
    }
    const onPointerLeave = () => showRing(null)
    const onPointerUp = (e: PointerEvent) => {
      touches.delete(e.pointerId)
      if (stroke && e.pointerId === stroke.pointerId) endStroke(e.type === 'pointerup')
    }
    const pointerInit = (e: PointerEvent): PointerEventInit => ({
      pointerId: e.pointerId,
      pointerType: e.pointerType,
      isPrimary: e.isPrimary,
      clientX: e.clientX,
      clientY: e.clientY,
      buttons: e.buttons,
    })
    // Capture phase on the canvas: runs before the camera controls (on the canvas's parent) see the event.
    el.addEventListener('pointerdown', onPointerDown, { capture: true })
    el.addEventListener('pointermove', onPointerMove)
    el.addEventListener('pointerup', onPointerUp)
    el.addEventListener('pointercancel', onPointerUp)
    el.addEventListener('pointerleave', onPointerLeave)

    // Paint changed in the store (undo, clear, a drawing opened): show it. Cursor follows draw mode. At first
    // the attribute is all zeros (nothing painted): written only when there is a drawing to show.
    const sync = (s: ReturnType<typeof store.getState>, prev?: ReturnType<typeof store.getState>) => {
      if (!stroke && s.paint !== (prev ? prev.paint : null)) {
        writeAttribute(attr, s.paint)
        invalidate()
      }
      const drawing = s.drawMode && s.tab === 'pain'
      el.style.cursor = drawing ? 'crosshair' : ''
      if (!drawing && ring.visible) {
        ring.visible = false
        invalidate()
      }
      if (ring.visible && s.brushSize !== prev?.brushSize) ring.scale.setScalar(BRUSH_RADIUS[s.brushSize])
    }
    sync(store.getState())
    const unsubscribe = store.subscribe(sync)

    return () => {
      offFirstFrame()
      clearTimeout(timer)
      unsubscribe()
      endStroke(false)
      el.removeEventListener('pointerdown', onPointerDown, { capture: true })
      el.removeEventListener('pointermove', onPointerMove)
      el.removeEventListener('pointerup', onPointerUp)
      el.removeEventListener('pointercancel', onPointerUp)
      el.removeEventListener('pointerleave', onPointerLeave)
      ring.visible = false
      el.style.cursor = ''
      if (store.getState().paint) writeAttribute(attr, null)
      store.getState().registerSkin(null)
    }
  }, [body, gl, camera, invalidate, ring, controls])

  return null
}
