package nl.skillsmap.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The API description (openapi.yaml on the classpath), read once and served as it is. */
final class OpenApiDocument {

    static final String RESOURCE = "/openapi.yaml";
    private static final String CONTENT_TYPE = "application/yaml";

    private final byte[] yaml;

    private OpenApiDocument(byte[] yaml) {
        this.yaml = yaml;
    }

    static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new OpenApiDocument(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    void serve(Context ctx) {
        ctx.contentType(CONTENT_TYPE).result(yaml);
    }
}
