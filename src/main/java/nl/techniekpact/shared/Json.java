package nl.techniekpact.shared;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration of the platform's own code (stored JSON columns, audit snapshots, files read and
 * written): Jackson 3's defaults, shared as one immutable, thread-safe mapper. The HTTP layer uses Spring Boot's
 * mapper for request and response bodies.
 */
public final class Json {

    /** The shared mapper; immutable and thread-safe. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * The same configuration, stricter for documents people write (saved column mappings): a key given twice
     * is an error, and decimals are read exactly.
     */
    public static final JsonMapper STRICT = MAPPER.rebuild()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }
}
