// Prints COMMENT ON statements for the /// doc comments of a Prisma schema, read by Prisma's own
// schema parser (the get_dmmf function of the WebAssembly build inside the prisma package), so that
// the expected mirrors' comments do not come from dbmirror's reading of the schema.
// Usage: node comments.js <schema.prisma or folder> > comments.sql
'use strict';
const fs = require('fs');
const path = require('path');

const wasmFile = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'prisma_schema_build_bg.wasm');
const decoder = new TextDecoder();
const encoder = new TextEncoder();
let wasm;
const text = (pointer, length) => decoder.decode(new Uint8Array(wasm.memory.buffer, pointer, length));
// The imports the module asks for (wasm-bindgen glue, as the prisma package's bundle provides them).
const imports = {
  __wbindgen_placeholder__: {
    __wbg_set_message_f22ac4a6869ee695: (error, pointer, length) => { error.message = text(pointer, length); },
    __wbg_Error_e83987f665cf5504: (pointer, length) => new Error(text(pointer, length)),
    __wbg___wbindgen_throw_b855445ff6a94295: (pointer, length) => { throw new Error(text(pointer, length)); },
    __wbindgen_init_externref_table: () => {
      const table = wasm.__wbindgen_externrefs;
      const offset = table.grow(4);
      table.set(0, undefined);
      table.set(offset, undefined);
      table.set(offset + 1, null);
      table.set(offset + 2, true);
      table.set(offset + 3, false);
    },
  },
};
wasm = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmFile)), imports).exports;
wasm.__wbindgen_start();

function dmmf(files) {
  const bytes = encoder.encode(JSON.stringify({ prismaSchema: files }));
  const pointer = wasm.__wbindgen_malloc(bytes.length, 1);
  new Uint8Array(wasm.memory.buffer, pointer, bytes.length).set(bytes);
  const result = wasm.get_dmmf(pointer, bytes.length);
  if (result[3]) {
    throw wasm.__wbindgen_externrefs.get(result[2]);
  }
  const json = text(result[0], result[1]);
  wasm.__wbindgen_free(result[0], result[1], 1);
  return JSON.parse(json).datamodel;
}

function schemaFiles(target) {
  if (!fs.statSync(target).isDirectory()) {
    return [[target, fs.readFileSync(target, 'utf8')]];
  }
  return fs.readdirSync(target, { recursive: true })
    .filter((name) => name.endsWith('.prisma'))
    .sort()
    .map((name) => [path.join(target, name), fs.readFileSync(path.join(target, name), 'utf8')]);
}

const literal = (value) => "'" + value.replace(/'/g, "''") + "'";
const model = dmmf(schemaFiles(process.argv[2]));
const out = [];
// pg_temp functions look a relation up as a table or view, and an enum by name in any schema
out.push(`CREATE FUNCTION pg_temp.doc(s text, t text, c text, d text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF c IS NULL THEN
    EXECUTE format('COMMENT ON %s %I.%I IS %L',
                   CASE (SELECT relkind FROM pg_class WHERE oid = format('%I.%I', s, t)::regclass) WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END,
                   s, t, d);
  ELSE
    EXECUTE format('COMMENT ON COLUMN %I.%I.%I IS %L', s, t, c, d);
  END IF;
END $$;`);
out.push(`CREATE FUNCTION pg_temp.type_doc(t text, d text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('COMMENT ON TYPE %I.%I IS %L',
                 (SELECT n.nspname FROM pg_type y JOIN pg_namespace n ON n.oid = y.typnamespace
                  WHERE y.typname = t AND y.typtype = 'e'), t, d);
END $$;`);
for (const m of model.models) {
  const schema = m.schema || 'public';
  const table = m.dbName || m.name;
  if (m.documentation) {
    out.push(`SELECT pg_temp.doc(${literal(schema)}, ${literal(table)}, NULL, ${literal(m.documentation)});`);
  }
  for (const f of m.fields) {
    if (f.documentation && f.kind !== 'object') {
      out.push(`SELECT pg_temp.doc(${literal(schema)}, ${literal(table)}, ${literal(f.dbName || f.name)}, ${literal(f.documentation)});`);
    }
  }
}
for (const e of model.enums) {
  if (e.documentation) {
    out.push(`SELECT pg_temp.type_doc(${literal(e.dbName || e.name)}, ${literal(e.documentation)});`);
  }
}
process.stdout.write(out.join('\n') + '\n');
