package com.acme.shop.app;

import com.acme.shop.domain.Document;

/** Hand-written code that reads the column whose type the override maps. */
public final class Snippets {

    private Snippets() {
    }

    public static String searchText(Document document) {
        String search = document.search();
        return search == null ? document.title() : search;
    }
}
