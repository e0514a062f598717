package org.netboot6.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void controlBytesAndQuotesAreEscapedAsBytes() {
        assertThat(Printable.of("a\nb\u001b\"\\")).isEqualTo("\"a\\x0ab\\x1b\\x22\\x5c\"");
        assertThat(Printable.of("\u00e9")).isEqualTo("\"\\xe9\"");
    }

    @Test
    void charactersAboveLatin1AreNeverShownAsALookalikeByte() {
        // U+010A is not a line feed, U+2028 not a '(', U+FFFD not 0xfd
        assertThat(Printable.of("\u010a\u2028\ufffd")).isEqualTo("\"\\u010a\\u2028\\ufffd\"");
    }

    @Test
    void longTextIsShortenedAndNullIsNamed() {
        assertThat(Printable.of("x".repeat(100))).isEqualTo("\"" + "x".repeat(80) + "...\"");
        assertThat(Printable.of(null)).isEqualTo("(none)");
    }
}
