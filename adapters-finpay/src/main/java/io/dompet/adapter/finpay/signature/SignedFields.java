package io.dompet.adapter.finpay.signature;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The field order both Finpay widget signatures (§3.3 and §4.1) share. */
final class SignedFields {

    private SignedFields() {
    }

    /**
     * The values of every field but {@code signatureField}, in the byte order of the field names (UTF-8, unsigned).
     *
     * @throws IllegalArgumentException if a field to sign has no value
     */
    static List<String> valuesInNameOrder(Map<String, String> fields, String signatureField) {
        Objects.requireNonNull(fields, "fields must not be null");
        return fields.keySet().stream()
                .filter(name -> !signatureField.equals(name))
                .sorted(SignedFields::byteOrder)
                .map(name -> {
                    String value = fields.get(name);
                    if (value == null) {
                        throw new IllegalArgumentException("field " + name + " has no value to sign");
                    }
                    return value;
                })
                .toList();
    }

    private static int byteOrder(String left, String right) {
        return Arrays.compareUnsigned(left.getBytes(StandardCharsets.UTF_8), right.getBytes(StandardCharsets.UTF_8));
    }
}
