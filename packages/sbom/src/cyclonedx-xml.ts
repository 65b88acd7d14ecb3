// CycloneDX XML: the library's full model of the document and its XML serializer (xmlbuilder2
// underneath). Its own module, loaded only for format cyclonedx-xml.
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import { component, metadataModel, SPECS, type BomInput } from './cyclonedx.js';

/** The library's full model of the document: what the XML serializer takes. */
export function cycloneDxModel(input: BomInput, serialNumber: string): Models.Bom {
  const bom = metadataModel(input);
  bom.serialNumber = serialNumber;
  const byRef = new Map<string, Models.Component>();
  for (const pkg of input.packages) {
    const c = component(pkg);
    byRef.set(pkg.ref, c);
    bom.components.add(c);
  }
  const link = (from: Models.Component, deps: Iterable<string>) => {
    for (const dep of deps) {
      const target = byRef.get(dep);
      if (target) from.dependencies.add(target.bomRef);
    }
  };
  for (const pkg of input.packages) link(byRef.get(pkg.ref)!, pkg.dependsOn);
  link(bom.metadata.component!, input.root.dependsOn);
  return bom;
}

/** The same document as CycloneDX XML (the library's serializer, xmlbuilder2 underneath). */
export function toCycloneDxXml(input: BomInput, serialNumber: string): string {
  const serializer = new Serialize.XmlSerializer(new Serialize.XML.Normalize.Factory(SPECS[input.specVersion]));
  return `${serializer.serialize(cycloneDxModel(input, serialNumber), { sortLists: true, space: 2 })}\n`;
}
