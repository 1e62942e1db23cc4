package io.dompet.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JsonMinifierTest {

    @Test
    void whitespaceBetweenTokensGoesAndWhitespaceInsideStringsStays() {
        assertThat(minify("{ \"customerName\" : \"Bu di Sa**\" ,\n\t\"note\":\"  two  spaces \" }"))
                .isEqualTo("{\"customerName\":\"Bu di Sa**\",\"note\":\"  two  spaces \"}");
    }

    @Test
    void escapedQuotesAndBackslashesDoNotEndAString() {
        String json = "{ \"a\" : \"say \\\"hi there\\\" \" , \"b\" : \"back\\\\ slash \\\\\" , \"c\" : 1 }";

        assertThat(minify(json)).isEqualTo("{\"a\":\"say \\\"hi there\\\" \",\"b\":\"back\\\\ slash \\\\\",\"c\":1}");
    }

    @Test
    void unicodeEscapesAreKeptAsWrittenNotDecoded() {
        assertThat(minify("{ \"name\" : \"Ren\\u00e9 Ab\" }")).isEqualTo("{\"name\":\"Ren\\u00e9 Ab\"}");
    }

    @Test
    void rawMultiByteCharactersAreKeptByteForByte() {
        String json = "{ \"city\" : \"Sérang 雅加达 🙂 x\" }";

        assertThat(minify(json)).isEqualTo("{\"city\":\"Sérang 雅加达 🙂 x\"}");
    }

    @Test
    void nestedObjectsAndArraysLoseTheirIndentation() {
        String json = """
                {
                  "amount" : { "value" : "10000.00", "currency" : "IDR" },
                  "items" : [ 1 , 2 , { "k" : [ ] } ],
                  "flag" : true ,
                  "none" : null
                }
                """;

        assertThat(minify(json)).isEqualTo(
                "{\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},\"items\":[1,2,{\"k\":[]}],"
                        + "\"flag\":true,\"none\":null}");
    }

    @Test
    void itGivesTheBytesJacksonWritesCompactlyForTheSameTree() {
        String pretty = "{\n  \"a\" : \"x y\",\n  \"b\" : [ \"\\\"q\\\"\" , { \"c\" : \"é\" } ]\n}";

        assertThat(minify(pretty)).isEqualTo(Json.writeString(Json.readTree(utf8(pretty))));
    }

    @Test
    void anAlreadyMinifiedBodyIsUnchanged() {
        String json = "{\"a\":\"b c\",\"d\":[1,2]}";

        assertThat(minify(json)).isEqualTo(json);
    }

    private static String minify(String json) {
        return new String(JsonMinifier.minify(utf8(json)), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
