/**
 * What a frame would show, as a list of numbers: the drawing buffer's size, the camera, and every visible thing
 * the renderer draws (its place, geometry and material, with the versions three.js bumps on each change). Two
 * equal keys mean the same picture, so a frame whose key equals the last drawn one need not be drawn again: the
 * canvas keeps its drawing buffer (preserveDrawingBuffer) and still shows it. FrameSkipper.tsx uses it, and the
 * start-up frame (bootFrame.ts) hands its key over, so the 3D view does not draw its first picture twice. On
 * software rendering a frame of the body costs ~0.3–0.5 s of the main thread; a key costs well under 1 ms.
 *
 * A change it cannot see (a shader uniform's value set by hand) must come with `material.needsUpdate = true`
 * (which bumps the material's version). Textures a material reads only through its shader belong in its
 * `userData` (as the skin's region table does), so their versions count.
 */
import * as THREE from 'three'

/** Matrices and colours are compared to 1e-5: far below a pixel, above the noise of equal poses reached apart. */
const q = (x: number) => Math.round(x * 1e5)

/** The texture slots of three's built-in materials (reading these, not every property, keeps a key cheap). */
const TEXTURE_SLOTS = [
  'map',
  'bumpMap',
  'normalMap',
  'emissiveMap',
  'alphaMap',
  'aoMap',
  'roughnessMap',
  'metalnessMap',
  'displacementMap',
  'envMap',
  'lightMap',
  'specularMap',
  'gradientMap',
  'matcap',
] as const

function pushTexture(out: number[], value: unknown) {
  if (value instanceof THREE.Texture) out.push(value.id, value.version)
}

function pushMaterial(out: number[], m: THREE.Material) {
  out.push(m.id, m.version, q(m.opacity), +m.transparent, +m.depthWrite, +m.depthTest, +m.visible, m.side)
  const { color, emissive } = m as THREE.Material & { color?: THREE.Color; emissive?: THREE.Color }
  if (color) out.push(q(color.r), q(color.g), q(color.b))
  if (emissive) out.push(q(emissive.r), q(emissive.g), q(emissive.b))
  const slots = m as unknown as Partial<Record<(typeof TEXTURE_SLOTS)[number], unknown>>
  for (const slot of TEXTURE_SLOTS) pushTexture(out, slots[slot])
  for (const value of Object.values(m.userData)) pushTexture(out, value)
}

function pushGeometry(out: number[], g: THREE.BufferGeometry) {
  out.push(g.id, g.drawRange.start, g.drawRange.count, g.index?.version ?? -1)
  // An interleaved attribute (as the model's loader makes) keeps its version on the buffer it shares.
  for (const a of Object.values(g.attributes))
    out.push(a instanceof THREE.InterleavedBufferAttribute ? a.data.version : a.version)
}

/** What the renderer draws: meshes, points, lines and sprites all have a geometry and material(s). */
interface Drawn extends THREE.Object3D {
  geometry: THREE.BufferGeometry
  material: THREE.Material | THREE.Material[]
}
const isDrawn = (o: THREE.Object3D): o is Drawn => {
  const x = o as Partial<Record<'isMesh' | 'isPoints' | 'isLine' | 'isSprite', boolean>>
  return !!(x.isMesh || x.isPoints || x.isLine || x.isSprite)
}

/** The key of the picture `camera` sees of `scene` (matrices as of their last update), at the renderer's size. */
export function pictureKey(
  scene: THREE.Object3D,
  camera: THREE.Camera,
  size: { width: number; height: number },
): number[] {
  const out: number[] = [size.width, size.height]
  for (const x of camera.projectionMatrix.elements) out.push(q(x))
  for (const x of camera.matrixWorldInverse.elements) out.push(q(x))
  const visit = (o: THREE.Object3D) => {
    if (!o.visible) return
    if ((o as THREE.Light).isLight) {
      const light = o as THREE.Light
      const ground = (light as THREE.HemisphereLight).groundColor ?? light.color
      out.push(-1, q(light.intensity), q(light.color.r), q(light.color.g), q(light.color.b))
      out.push(q(ground.r), q(ground.g), q(ground.b))
      for (const x of light.matrixWorld.elements) out.push(q(x))
    }
    if (isDrawn(o)) {
      out.push(o.id, o.renderOrder)
      for (const x of o.matrixWorld.elements) out.push(q(x))
      pushGeometry(out, o.geometry)
      for (const m of Array.isArray(o.material) ? o.material : [o.material]) pushMaterial(out, m)
      const instanced = o as THREE.InstancedMesh
      if (instanced.isInstancedMesh)
        out.push(instanced.count, instanced.instanceMatrix.version, instanced.instanceColor?.version ?? -1)
    }
    for (const child of o.children) visit(child)
  }
  visit(scene)
  return out
}

export function sameKey(a: readonly number[] | null, b: readonly number[]): boolean {
  return a !== null && a.length === b.length && a.every((x, i) => x === b[i])
}
