package org.kafo.persistence.jpa.internal;

/**
 * A name folded so that two names are equal ignoring case exactly when their keys are equal, as
 * {@link String#equalsIgnoreCase(String)} decides, whatever the database's collation.
 */
final class SearchKey {

    private SearchKey() {
    }

    static String of(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.codePoints().map(cp -> Character.toLowerCase(Character.toUpperCase(cp))).forEach(key::appendCodePoint);
        return key.toString();
    }
}
