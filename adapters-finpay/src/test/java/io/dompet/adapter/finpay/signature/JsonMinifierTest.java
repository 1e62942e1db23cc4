package io.dompet.adapter.finpay.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonMinifierTest {

    @Test
    void whitespace_between_tokens_is_removed() {
        assertThat(JsonMinifier.minify("{ \"a\" : 1 ,\n\t\"b\" :\r\n [ true , null ] }"))
                .isEqualTo("{\"a\":1,\"b\":[true,null]}");
    }

    @Test
    void spaces_inside_values_are_kept() {
        assertThat(JsonMinifier.minify("{ \"customerName\" : \"  sa**m  budi \" }"))
                .isEqualTo("{\"customerName\":\"  sa**m  budi \"}");
    }

    @Test
    void an_escaped_quote_does_not_end_the_string() {
        assertThat(JsonMinifier.minify("{ \"a\" : \"say \\\" hi \\\" \" , \"b\" : 1 }"))
                .isEqualTo("{\"a\":\"say \\\" hi \\\" \",\"b\":1}");
    }

    @Test
    void an_escaped_backslash_before_the_closing_quote_does_end_the_string() {
        // "a\\" is the two characters a and \ : the quote after the escaped backslash closes the string
        assertThat(JsonMinifier.minify("{ \"a\" : \"dir\\\\\" , \"b\" : \" x \" }"))
                .isEqualTo("{\"a\":\"dir\\\\\",\"b\":\" x \"}");
    }

    @Test
    void unicode_escapes_and_control_escapes_are_kept_as_written() {
        assertThat(JsonMinifier.minify("{ \"a\" : \"caf\\u00e9 \\n \\t \\/\" }"))
                .isEqualTo("{\"a\":\"caf\\u00e9 \\n \\t \\/\"}");
    }

    @Test
    void utf_8_text_inside_and_around_strings_is_kept_byte_for_byte() {
        String json = "{ \"nama\" : \"Ré 日本 😀\" , \"é\" : [ \"ü\" ] }";

        byte[] minified = JsonMinifier.minify(json.getBytes(StandardCharsets.UTF_8));

        assertThat(new String(minified, StandardCharsets.UTF_8)).isEqualTo("{\"nama\":\"Ré 日本 😀\",\"é\":[\"ü\"]}");
    }

    @Test
    void nested_objects_and_arrays_are_minified_at_every_depth() {
        String json = """
                {
                  "a" : { "b" : [ { "c" : [ 1 , 2 , { "d" : "e f" } ] } , [ ] , { } ] },
                  "g" : -1.5e3
                }
                """;

        assertThat(JsonMinifier.minify(json)).isEqualTo("{\"a\":{\"b\":[{\"c\":[1,2,{\"d\":\"e f\"}]},[],{}]},\"g\":-1.5e3}");
    }

    @Test
    void already_minified_input_comes_back_unchanged() {
        String minified = Vectors.text("topup-body-minified.json");

        assertThat(JsonMinifier.minify(minified)).isEqualTo(minified);
    }

    @Test
    void the_pretty_printed_vector_body_minifies_to_the_hand_written_minified_body() {
        byte[] pretty = Vectors.bytes("topup-body-pretty.json");

        assertThat(JsonMinifier.minify(pretty)).isEqualTo(Vectors.bytes("topup-body-minified.json"));
    }

    @Test
    void an_empty_input_stays_empty() {
        assertThat(JsonMinifier.minify("")).isEmpty();
        assertThat(JsonMinifier.minify(" \n\t\r ")).isEmpty();
    }
}
