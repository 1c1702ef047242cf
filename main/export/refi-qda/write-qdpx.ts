// The `.qdpx` a peer QDA tool opens: a zip with `project.qde` at its root and each article's text
// as `sources/<GUID>.txt` (flat, lowercase folder, UTF-8 without BOM), which the project refers
// to as `internal://<GUID>.txt`.
import { strToU8, zipSync, type Zippable } from 'fflate'
import type { ExportModel } from '../export-model'
import { projectXml } from './project-xml'

export function writeQdpx(model: ExportModel): Uint8Array {
  const project = projectXml(model)
  const files: Zippable = { 'project.qde': strToU8(project.xml) }
  for (const source of project.sources) files[`sources/${source.guid}.txt`] = strToU8(source.text)
  // A fixed time: the same model gives the same bytes (zip entries otherwise carry "now").
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') })
}
