/** The benchmark's domain: the {@code items} table's record, insert shape and port, generated from the mirror. */
@DbMirror("db/schema/tables.json")
package dev.dbmirror.bench.adapters.domain;

import dev.dbmirror.annotations.DbMirror;
