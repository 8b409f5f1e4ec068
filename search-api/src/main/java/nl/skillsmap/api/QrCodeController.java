package nl.skillsmap.api;

import io.javalin.http.Context;
import nl.skillsmap.search.share.LinkQrCode;
import nl.skillsmap.search.share.QrCodeRequest;

/** POST /qr-code: reads the link, answers with its QR code as SVG. */
final class QrCodeController {

    private final LinkQrCode codes;
    private final JsonBody body;

    QrCodeController(LinkQrCode codes, JsonBody body) {
        this.codes = codes;
        this.body = body;
    }

    void qrCode(Context ctx) {
        String svg = codes.svg(body.read(ctx, QrCodeRequest.class).text());
        // The link holds what the person typed: no cache keeps it.
        ctx.header("Cache-Control", "no-store")
                .contentType("image/svg+xml; charset=utf-8")
                .result(svg);
    }
}
