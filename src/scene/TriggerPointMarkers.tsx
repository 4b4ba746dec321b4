/**
 * Markers on the muscle surface for the trigger points of the muscles whose patterns are shown. Positions come
 * from each trigger point's anchor in the muscle's fibre frame, resolved on the loaded mesh.
 */
import { useMemo } from 'react'
import * as THREE from 'three'
import { useShallow } from 'zustand/react/shallow'
import type { Dataset } from '@/data/dataset'
import { resolveAnchor } from '@/model/anchors'
import { useView } from '@/state/store'
import { selectPatternMuscleIds } from '@/state/patterns'
import type { LoadedBody } from './useBodyModel'

const dotGeometry = new THREE.SphereGeometry(0.0065, 20, 12)
const ringGeometry = new THREE.TorusGeometry(0.012, 0.0022, 8, 32)
const dotMaterial = new THREE.MeshBasicMaterial({ color: 0xffffff, depthTest: false, transparent: true })
const ringMaterial = new THREE.MeshBasicMaterial({ color: 0x1b1b1b, depthTest: false, transparent: true })
const Z = new THREE.Vector3(0, 0, 1)

interface Marker {
  key: string
  position: THREE.Vector3
  quaternion: THREE.Quaternion
}

export function TriggerPointMarkers({ body, dataset }: { body: LoadedBody; dataset: Dataset }) {
  const muscleIds = useView(useShallow(selectPatternMuscleIds))
  const selected = useView((s) => s.selectedMuscleId)
  const side = useView((s) => s.side)
  const markers = useMemo(() => {
    const out: Marker[] = []
    for (const id of muscleIds) {
      const muscle = dataset.musclesById.get(id)
      if (!muscle) continue
      for (const part of body.muscles) {
        if (part.muscleId !== id || (id === selected && side !== 'both' && side !== part.side)) continue
        for (const tp of muscle.triggerPoints) {
          const hit = resolveAnchor(part.mesh.geometry, tp.anchor)
          if (!hit) continue
          const normalMatrix = new THREE.Matrix3().getNormalMatrix(part.mesh.matrixWorld)
          const n = new THREE.Vector3(...hit.normal).applyMatrix3(normalMatrix).normalize()
          const p = new THREE.Vector3(...hit.position)
            .applyMatrix4(part.mesh.matrixWorld)
            .addScaledVector(n, 0.004)
          out.push({
            key: `${tp.id}.${part.side}`,
            position: p,
            quaternion: new THREE.Quaternion().setFromUnitVectors(Z, n),
          })
        }
      }
    }
    return out
  }, [muscleIds, selected, side, body, dataset])

  return (
    <group name="trigger-points">
      {markers.map((m) => (
        <group key={m.key} position={m.position} quaternion={m.quaternion} renderOrder={10}>
          <mesh geometry={dotGeometry} material={dotMaterial} renderOrder={11} raycast={() => undefined} />
          <mesh geometry={ringGeometry} material={ringMaterial} renderOrder={10} raycast={() => undefined} />
        </group>
      ))}
    </group>
  )
}
