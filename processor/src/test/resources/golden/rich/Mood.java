package com.acme.shop;

import dev.dbmirror.annotations.MirroredEnum;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Hostile labels *&#47; &#64;x
 *
 * <p>The database enum type public.mood.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredEnum("public.mood")
@NullMarked
public enum Mood {
    HAPPY("happy"),

    HAPPY_2("Happy"),

    IN_PROGRESS("in-progress"),

    _401K("401k"),

    AO("\u00c4\u00d6"),

    _5F("_"),

    CLASS("class"),

    _65E5_672C("\u65e5\u672c"),

    QUOTE_AND_BACK("quote\"and\\back");

    private final String label;

    Mood(String label) {
        this.label = label;
    }

    /**
     * The label of this value in the database.
     */
    public String label() {
        return label;
    }

    /**
     * The value with this database label.
     *
     * @throws IllegalArgumentException if no value has this label
     */
    public static Mood fromLabel(String label) {
        for (Mood value : values()) {
            if (value.label.equals(label)) {
                return value;
            }
        }
        throw new IllegalArgumentException("no value of public.mood has the label " + label);
    }
}
