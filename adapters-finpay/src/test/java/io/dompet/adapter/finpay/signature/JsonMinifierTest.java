package io.dompet.adapter.finpay.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonMinifierTest {

    @Test
    void whitespaceBetweenTokensIsRemoved() {
        assertThat(JsonMinifier.minify("{ \"a\" : 1 ,\n\t\"b\" :\r\n [ true , null ] }"))
                .isEqualTo("{\"a\":1,\"b\":[true,null]}");
    }

    @Test
    void spacesInsideValuesAreKept() {
        assertThat(JsonMinifier.minify("{ \"customerName\" : \"  sa**m  budi \" }"))
                .isEqualTo("{\"customerName\":\"  sa**m  budi \"}");
    }

    @Test
    void anEscapedQuoteDoesNotEndTheString() {
        assertThat(JsonMinifier.minify("{ \"a\" : \"say \\\" hi \\\" \" , \"b\" : 1 }"))
                .isEqualTo("{\"a\":\"say \\\" hi \\\" \",\"b\":1}");
    }

    @Test
    void anEscapedBackslashBeforeTheClosingQuoteDoesEndTheString() {
        // "a\\" is the two characters a and \ : the quote after the escaped backslash closes the string
        assertThat(JsonMinifier.minify("{ \"a\" : \"dir\\\\\" , \"b\" : \" x \" }"))
                .isEqualTo("{\"a\":\"dir\\\\\",\"b\":\" x \"}");
    }

    @Test
    void unicodeEscapesAndControlEscapesAreKeptAsWritten() {
        assertThat(JsonMinifier.minify("{ \"a\" : \"caf\\u00e9 \\n \\t \\/\" }"))
                .isEqualTo("{\"a\":\"caf\\u00e9 \\n \\t \\/\"}");
    }

    @Test
    void utf8TextInsideAndAroundStringsIsKeptByteForByte() {
        String json = "{ \"nama\" : \"Ré 日本 😀\" , \"é\" : [ \"ü\" ] }";

        byte[] minified = JsonMinifier.minify(json.getBytes(StandardCharsets.UTF_8));

        assertThat(new String(minified, StandardCharsets.UTF_8)).isEqualTo("{\"nama\":\"Ré 日本 😀\",\"é\":[\"ü\"]}");
    }

    @Test
    void nestedObjectsAndArraysAreMinifiedAtEveryDepth() {
        String json = """
                {
                  "a" : { "b" : [ { "c" : [ 1 , 2 , { "d" : "e f" } ] } , [ ] , { } ] },
                  "g" : -1.5e3
                }
                """;

        assertThat(JsonMinifier.minify(json)).isEqualTo("{\"a\":{\"b\":[{\"c\":[1,2,{\"d\":\"e f\"}]},[],{}]},\"g\":-1.5e3}");
    }

    @Test
    void alreadyMinifiedInputComesBackUnchanged() {
        String minified = Vectors.text("topup-body-minified.json");

        assertThat(JsonMinifier.minify(minified)).isEqualTo(minified);
    }

    @Test
    void thePrettyPrintedVectorBodyMinifiesToTheHandWrittenMinifiedBody() {
        byte[] pretty = Vectors.bytes("topup-body-pretty.json");

        assertThat(JsonMinifier.minify(pretty)).isEqualTo(Vectors.bytes("topup-body-minified.json"));
    }

    @Test
    void anEmptyInputStaysEmpty() {
        assertThat(JsonMinifier.minify("")).isEmpty();
        assertThat(JsonMinifier.minify(" \n\t\r ")).isEmpty();
    }
}
