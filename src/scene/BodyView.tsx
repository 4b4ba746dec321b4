/**
 * The 3D view: canvas (taken over from the start-up path, boot/; rendered on demand: no frames while nothing drawn
 * changes, DrawOnDemand.tsx), soft lights, the body, trigger-point markers and camera controls; plus its DOM overlays
 * (loading progress, hover label, lost-context notice) and keyboard control of the camera. Reads and writes only the
 * store.
 */
import { Canvas } from '@react-three/fiber'
import { Component, useCallback, useState, useSyncExternalStore } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { dataset } from '@/data/bundledData'
import { camera } from '@/state/intents'
import { useView, viewNow } from '@/state/store'
import { tourKeyAction } from '@/state/tourSteps'
import type { CaptureView } from '@/state/viewCapture'
import { strings } from '@/i18n'
import { bodyProgress, onBodyProgress } from '@/boot/bodyRequest'
import { CANVAS_HAND_OVER } from '@/boot/renderer'
import { BodyModel } from './BodyModel'
import { CameraRig } from './CameraRig'
import { CAMERA_KEYS, CAMERA_LENS, presetPose } from './cameraPresets'
import { DrawOnDemand } from './DrawOnDemand'
import { hoverLabel } from './hoverLabel'
import { OfferViewCapture } from './OfferViewCapture'
import { PaintLayer } from './PaintLayer'
import { SceneProbe } from './SceneProbe'
import { DIRECTIONAL_LIGHTS, HEMISPHERE_LIGHT } from './sceneLights'
import { TriggerPointMarkers } from './TriggerPointMarkers'
import { useBodyModel, useBodySettled } from './useBodyModel'

function Body() {
  const body = useBodyModel()
  if (!body) return null
  return (
    <>
      <BodyModel body={body} dataset={dataset} />
      <TriggerPointMarkers body={body} dataset={dataset} />
      <CameraRig body={body} />
      <PaintLayer body={body} />
      <SceneProbe body={body} />
      <DrawOnDemand />
    </>
  )
}

function Lights() {
  return (
    <>
      <hemisphereLight args={[HEMISPHERE_LIGHT.sky, HEMISPHERE_LIGHT.ground, HEMISPHERE_LIGHT.intensity]} />
      {DIRECTIONAL_LIGHTS.map(({ position, intensity }) => (
        <directionalLight key={position.join()} position={position} intensity={intensity} />
      ))}
    </>
  )
}

/** Shown until the body is ready to draw: the bytes received (when the size is known), then a moment of parsing. */
function LoadingOverlay() {
  const { loaded, total } = useSyncExternalStore(onBodyProgress, bodyProgress)
  const settled = useBodySettled()
  if (settled) return null
  const pct = total ? Math.min(100, Math.round((loaded / total) * 100)) : null
  return (
    <div className="scene-overlay" role="status">
      <progress max={100} value={pct ?? undefined} aria-label={strings.scene.loading(pct)} />
      <span>{strings.scene.loading(pct)}</span>
    </div>
  )
}

class LoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  render() {
    if (this.state.failed)
      return (
        <div className="scene-overlay load-failed" role="alert">
          {strings.scene.loadFailed}
        </div>
      )
    return this.props.children
  }
}

function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
  const s = viewNow()
  // While a tour plays its keys (arrows, Space, Escape…) move the tour: they go on to the tour's handler.
  if (s.tour && tourKeyAction(e.key)) return
  const step = Math.PI / 12
  const preset = CAMERA_KEYS[e.key]
  if (preset) camera.showPreset(preset)
  else if (e.key === 'f' || e.key === 'F') camera.focusSelection()
  else if (e.key === 'Escape' && !s.quizPattern) s.clearSelection()
  else if (e.key === 'ArrowLeft') camera.orbitBy(-step, 0)
  else if (e.key === 'ArrowRight') camera.orbitBy(step, 0)
  else if (e.key === 'ArrowUp') camera.orbitBy(0, -step / 2)
  else if (e.key === 'ArrowDown') camera.orbitBy(0, step / 2)
  else if (e.key === '+' || e.key === '=') camera.dollyBy(0.35)
  else if (e.key === '-' || e.key === '_') camera.dollyBy(-0.35)
  else return
  e.preventDefault()
}

function useSelectionDescription(): string {
  const id = useView((s) => s.selectedMuscleId)
  const side = useView((s) => s.side)
  const hidden = useView((s) => s.quizHidesNames)
  const muscle = id ? dataset.musclesById.get(id) : undefined
  if (hidden) return strings.quizUi.statusHidden
  return muscle
    ? strings.ui.status.selected(muscle.name, strings.ui.status.sides[side])
    : strings.ui.status.nothing
}

export function BodyView({
  onCaptureView,
}: {
  /** Hears the scene's captureView once the view is there (null when it goes): for pictures of the view. */
  onCaptureView?: (capture: CaptureView | null) => void
} = {}) {
  const [lost, setLost] = useState(false)
  const description = useSelectionDescription()
  const attachHoverLabel = useCallback((node: HTMLDivElement | null) => hoverLabel.attach(node), [])
  return (
    <div
      className="body-view"
      tabIndex={0}
      role="application"
      aria-roledescription="3D view"
      aria-label={strings.scene.canvasLabel(description)}
      onKeyDown={onKeyDown}
    >
      <LoadBoundary>
        <Canvas
          {...CANVAS_HAND_OVER}
          camera={{ ...CAMERA_LENS, position: presetPose('front').position }}
          onPointerMissed={(e) => {
            if (e.type === 'click' && !viewNow().quizPattern) viewNow().clearSelection()
          }}
          onCreated={({ gl, invalidate }) => {
            gl.domElement.addEventListener('webglcontextlost', (ev) => {
              ev.preventDefault()
              // A canvas that has left the page (the view was closed, or the model failed to load and its
              // message replaced the view) lost its context on purpose: nothing to tell.
              if (gl.domElement.isConnected) setLost(true)
            })
            gl.domElement.addEventListener('webglcontextrestored', () => {
              setLost(false)
              invalidate()
            })
          }}
        >
          {/* No scene background: the canvas is transparent around the body, so the stage's soft CSS gradient
              shows through, and pictures of the view (captureView.ts) go on the background they need. */}
          <Lights />
          <Body />
          {onCaptureView && <OfferViewCapture offer={onCaptureView} />}
        </Canvas>
      </LoadBoundary>
      <LoadingOverlay />
      <div className="hover-label" ref={attachHoverLabel} hidden aria-hidden="true" />
      {lost && (
        <div className="scene-overlay" role="status">
          {strings.scene.contextLost}
        </div>
      )}
    </div>
  )
}
