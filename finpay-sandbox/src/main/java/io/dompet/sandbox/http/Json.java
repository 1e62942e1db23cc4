package io.dompet.sandbox.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox's one JSON mapper (Jackson 3). Writes compact JSON with properties in declaration order, so the
 * bytes the sandbox signs are the bytes it sends.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private Json() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Compact UTF-8 JSON of {@code value}. */
    public static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /** Compact JSON text of {@code value}. */
    public static String writeString(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Reads {@code json} as {@code type}; throws Jackson's unchecked exception when it does not fit. */
    public static <T> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /** Reads {@code json} as a tree; throws Jackson's unchecked exception when it is not JSON. */
    public static JsonNode readTree(byte[] json) {
        return MAPPER.readTree(json);
    }
}
