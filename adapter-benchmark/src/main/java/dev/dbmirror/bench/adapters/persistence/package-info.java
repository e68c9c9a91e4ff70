/** The generated JDBC adapter of the benchmark's domain. */
@JdbcAdapters(domain = "dev.dbmirror.bench.adapters.domain")
package dev.dbmirror.bench.adapters.persistence;

import dev.dbmirror.annotations.JdbcAdapters;
