import { describe, expect, it } from 'vitest'
import { meshField, openEdges, signedVolume } from '@/modelgen/mesher'
import { makeField, roundCone, sphere } from '@/modelgen/sdf'

describe('narrow-band surface nets', () => {
  const r = 0.1
  const field = makeField([{ k: 0.02, prims: [sphere([0.01, 0.02, 0.03], r)] }], 0.02)
  const mesh = meshField(field, { min: [-0.15, -0.15, -0.15], max: [0.15, 0.15, 0.15] }, 0.01)

  it('is closed and faces outward', () => {
    expect(mesh.indices.length).toBeGreaterThan(1000)
    expect(openEdges(mesh.indices)).toBe(0)
    const v = signedVolume(mesh.positions, mesh.indices)
    expect(v).toBeGreaterThan(0)
    expect(v).toBeCloseTo((4 / 3) * Math.PI * r ** 3, 3)
  })
  it('projects vertices onto the surface and takes normals from the field', () => {
    let maxErr = 0
    let minDot = 1
    for (let i = 0; i < mesh.positions.length; i += 3) {
      const x = mesh.positions[i]! - 0.01
      const y = mesh.positions[i + 1]! - 0.02
      const z = mesh.positions[i + 2]! - 0.03
      const l = Math.hypot(x, y, z)
      maxErr = Math.max(maxErr, Math.abs(l - r))
      minDot = Math.min(
        minDot,
        (x * mesh.normals[i]! + y * mesh.normals[i + 1]! + z * mesh.normals[i + 2]!) / l,
      )
    }
    expect(maxErr).toBeLessThan(0.0005)
    expect(minDot).toBeGreaterThan(0.999)
  })
  it('meshes blended primitives without holes', () => {
    const f2 = makeField(
      [{ k: 0.03, prims: [sphere([0, 0, 0], 0.06), roundCone([0, 0, 0], [0.15, 0.05, 0], 0.04, 0.02)] }],
      0.02,
    )
    const m = meshField(f2, { min: [-0.1, -0.1, -0.1], max: [0.2, 0.1, 0.1] }, 0.006)
    expect(openEdges(m.indices)).toBe(0)
    expect(signedVolume(m.positions, m.indices)).toBeGreaterThan(0)
  })
})
