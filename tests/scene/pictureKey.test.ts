import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { pictureKey, sameKey } from '@/scene/pictureKey'

const SIZE = { width: 800, height: 600 }

function world() {
  const lut = new THREE.DataTexture(new Uint8Array(16), 2, 2)
  const geometry = new THREE.BoxGeometry(1, 2, 1)
  const fibres = new THREE.DataTexture(new Uint8Array(16), 2, 2)
  const material = new THREE.MeshStandardMaterial({ color: 0xb03a33, bumpMap: fibres })
  material.userData.regionLut = lut
  const mesh = new THREE.Mesh(geometry, material)
  const interleaved = new THREE.InterleavedBuffer(new Float32Array(12), 3)
  const other = new THREE.BufferGeometry()
  other.setAttribute('position', new THREE.InterleavedBufferAttribute(interleaved, 3, 0))
  const points = new THREE.Points(other, new THREE.PointsMaterial())
  const light = new THREE.DirectionalLight(0xffffff, 2)
  light.position.set(1, 3, 3)
  const scene = new THREE.Scene()
  scene.add(light, mesh, points)
  const camera = new THREE.PerspectiveCamera(35, SIZE.width / SIZE.height, 0.05, 30)
  camera.position.set(0, 1, 3.1)
  camera.lookAt(0, 0.92, 0)
  const key = () => {
    scene.updateMatrixWorld()
    camera.updateMatrixWorld()
    return pictureKey(scene, camera, SIZE)
  }
  return { scene, camera, mesh, material, geometry, lut, fibres, interleaved, light, points, key }
}

describe('pictureKey: the same picture, or not', () => {
  it('is the same for an unchanged scene', () => {
    const w = world()
    expect(sameKey(w.key(), w.key())).toBe(true)
    expect(sameKey(null, w.key())).toBe(false)
  })

  it('changes with anything drawn differently', () => {
    const changes: [string, (w: ReturnType<typeof world>) => void][] = [
      ['a mesh moves', (w) => w.mesh.position.setX(0.01)],
      ['a mesh hides', (w) => (w.mesh.visible = false)],
      ['a colour', (w) => w.material.color.setHex(0xf2b544)],
      ['a glow', (w) => w.material.emissive.setHex(0x301008)],
      ['see-through', (w) => ((w.material.transparent = true), (w.material.opacity = 0.28))],
      ['a recompiled material', (w) => (w.material.needsUpdate = true)],
      ['a vertex attribute', (w) => (w.geometry.getAttribute('normal').needsUpdate = true)],
      ['an interleaved buffer', (w) => (w.interleaved.needsUpdate = true)],
      ['a texture only the shader reads', (w) => (w.lut.needsUpdate = true)],
      ['a material texture', (w) => (w.fibres.needsUpdate = true)],
      ['a light', (w) => (w.light.intensity = 1.5)],
      ['the camera turns', (w) => w.camera.position.setX(0.05)],
      ['the camera zooms', (w) => ((w.camera.fov = 30), w.camera.updateProjectionMatrix())],
      ['the draw order', (w) => (w.mesh.renderOrder = 2)],
      ['a new object', (w) => w.scene.add(new THREE.Mesh(new THREE.SphereGeometry(0.1)))],
    ]
    for (const [what, change] of changes) {
      const w = world()
      const before = w.key()
      change(w)
      expect(sameKey(before, w.key()), what).toBe(false)
    }
  })

  it('changes with the drawing buffer size', () => {
    const w = world()
    w.scene.updateMatrixWorld()
    w.camera.updateMatrixWorld()
    const a = pictureKey(w.scene, w.camera, SIZE)
    const b = pictureKey(w.scene, w.camera, { width: 801, height: 600 })
    expect(sameKey(a, b)).toBe(false)
  })

  it('ignores what does not show: hidden things, empty groups, float noise in equal poses', () => {
    const w = world()
    const before = w.key()
    const ring = new THREE.Mesh(new THREE.RingGeometry(0.8, 1), new THREE.MeshBasicMaterial())
    ring.visible = false
    w.scene.add(ring, new THREE.Group())
    w.camera.position.x += 1e-12
    expect(sameKey(before, w.key())).toBe(true)
  })

  it('is the same for new lights with the same settings, grouped or not (the start-up frame hands over)', () => {
    const w = world()
    const before = w.key() // lights first, then the meshes
    const group = new THREE.Group()
    const light = new THREE.DirectionalLight(0xffffff, 2)
    light.position.set(1, 3, 3)
    group.add(light)
    const scene = new THREE.Scene()
    scene.add(group, w.mesh, w.points) // the same meshes, moved into another scene
    scene.updateMatrixWorld()
    expect(sameKey(before, pictureKey(scene, w.camera, SIZE))).toBe(true)
  })
})
