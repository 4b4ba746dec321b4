/**
 * The soft lights of the 3D view, as data: BodyView draws them as JSX, the start-up frame (bootScene.ts) as
 * plain three objects, so both frames are lit alike (and share compiled shaders: same kinds, same counts).
 */
import * as THREE from 'three'

export const HEMISPHERE_LIGHT = { sky: 0xf3f6fa, ground: 0x3a4450, intensity: 1.5 } as const

export const DIRECTIONAL_LIGHTS: readonly { position: [number, number, number]; intensity: number }[] = [
  { position: [1.5, 3, 3], intensity: 2.1 },
  { position: [-2, 1.5, -2.5], intensity: 0.7 },
  { position: [0, -1, 2], intensity: 0.25 },
]

/** The same lights as three objects, in one group. */
export function createLights(): THREE.Group {
  const group = new THREE.Group()
  group.add(
    new THREE.HemisphereLight(HEMISPHERE_LIGHT.sky, HEMISPHERE_LIGHT.ground, HEMISPHERE_LIGHT.intensity),
  )
  for (const { position, intensity } of DIRECTIONAL_LIGHTS) {
    const light = new THREE.DirectionalLight(0xffffff, intensity)
    light.position.set(...position)
    group.add(light)
  }
  return group
}
