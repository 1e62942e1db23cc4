package io.dompet.adapter.web.callback;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body exactly as it arrived, byte for byte, up to a limit. A body over the limit is refused without
 * being read whole: at once when its declared {@code Content-Length} is over the limit, otherwise as soon as one byte
 * more than the limit has been read (a chunked body has no declared length).
 */
public final class LimitedBody {

    private LimitedBody() {
    }

    /**
     * The bytes of {@code body}, or empty when there are more than {@code limit} of them.
     *
     * @param declaredLength the declared {@code Content-Length}, negative when none was declared
     */
    public static Optional<byte[]> read(InputStream body, long declaredLength, int limit) throws IOException {
        if (declaredLength > limit) {
            return Optional.empty();
        }
        byte[] bytes = body.readNBytes(limit + 1);
        return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
    }
}
