package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * A row of table public.lists.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.lists")
@NullMarked
public record List(int id) {
}
