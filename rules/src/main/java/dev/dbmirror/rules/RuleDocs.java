package dev.dbmirror.rules;

import com.tngtech.archunit.ArchConfiguration;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where violation messages send the reader: the address of dbmirror's {@code docs/} folder. A rule's link is
 * {@code <base>rules.md#<anchor>}, so any copy of the folder works (a code host, an internal wiki, a static site)
 * once {@value #KEY} names its address.
 *
 * @param base an absolute URL that ends with {@code /}
 */
public record RuleDocs(String base) {

    public static final String KEY = "dbmirror.docs.url";

    /** The project's own address: the domain its Maven group id {@code dev.dbmirror} names. */
    public static final String DEFAULT_BASE = "https://dbmirror.dev/docs/";

    public RuleDocs {
        base = base.trim();
        if (!base.endsWith("/")) {
            base = base + "/";
        }
        if (!isAbsolute(base)) {
            throw new IllegalArgumentException(KEY + " \"" + base + "\" is not an absolute URL;"
                    + " give the address of dbmirror's docs folder, for example " + DEFAULT_BASE);
        }
    }

    public static RuleDocs defaults() {
        return new RuleDocs(DEFAULT_BASE);
    }

    /** The base from {@code archunit.properties}, or the default when the key is absent. */
    public static RuleDocs from(ArchConfiguration configuration) {
        return new RuleDocs(configuration.getPropertyOrDefault(KEY, DEFAULT_BASE));
    }

    /** The address of one rule's section, for example {@code https://dbmirror.dev/docs/rules.md#dbm-r1-no-persistence-in-business}. */
    public String link(RuleId rule) {
        return base + "rules.md#" + rule.anchor();
    }

    private static boolean isAbsolute(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && !uri.isOpaque();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
