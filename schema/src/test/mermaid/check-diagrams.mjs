// Parses every *.mmd file of a folder with Mermaid's own parser and prints, as one JSON array, what
// Mermaid read from each: its entities (id, label, attributes) and relationships, or the parse error.
// Run by MermaidParserTest after `npm ci` in a copy of this folder: node check-diagrams.mjs FOLDER
import mermaid from 'mermaid';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
const results = [];
for (const file of readdirSync(folder).filter((name) => name.endsWith('.mmd')).sort()) {
  const text = readFileSync(join(folder, file), 'utf8');
  try {
    await mermaid.parse(text);
    const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
    const entities = [...db.getEntities().values()];
    const idOf = new Map(entities.map((entity) => [entity.id, entity.label]));
    results.push({
      file,
      entities: entities.map((entity) => ({
        id: entity.label,
        label: entity.alias || entity.label,
        attributes: entity.attributes.map(({ type, name, keys, comment }) => ({ type, name, keys, comment })),
      })),
      // `A ||--o{ B`: entityA is A, cardB the card on A's side, cardA the one on B's side
      relationships: db.getRelationships().map((relationship) => ({
        parent: idOf.get(relationship.entityA),
        child: idOf.get(relationship.entityB),
        label: relationship.roleA,
        parentSide: relationship.relSpec.cardB,
        childSide: relationship.relSpec.cardA,
        line: relationship.relSpec.relType,
      })),
    });
  } catch (error) {
    results.push({ file, error: String(error.message ?? error).split('\n').join(' ') });
  }
}
process.stdout.write(JSON.stringify(results));
