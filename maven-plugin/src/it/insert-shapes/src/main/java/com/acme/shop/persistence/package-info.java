@JdbcAdapters(domain = "com.acme.shop.domain")
package com.acme.shop.persistence;

import dev.dbmirror.annotations.JdbcAdapters;
