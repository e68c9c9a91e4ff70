package com.acme.shop.app;

import com.acme.shop.domain.Document;

/** Test code: annotated, but with no @DbMirror package, so dbmirror has nothing to process here. */
public final class SnippetsCheck {

    private SnippetsCheck() {
    }

    @SuppressWarnings("unused")
    public static boolean check() {
        return Snippets.searchText(new Document(1L, "title", null)).equals("title");
    }
}
