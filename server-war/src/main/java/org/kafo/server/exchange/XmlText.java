package org.kafo.server.exchange;

/** Text as XML 1.0 can carry it: the characters it forbids (controls but tab and line ends, lone surrogates) left out. */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
