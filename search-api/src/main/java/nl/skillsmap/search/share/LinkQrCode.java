package nl.skillsmap.search.share;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.skillsmap.search.ValidationException;

/**
 * A result's link as a QR code in SVG, for the printed summary an advisor hands over: the person scans the paper and
 * is back at the same result. ZXing encodes; the SVG is one path of dark modules with the quiet zone the standard
 * asks for, so it stays sharp at any print size.
 */
public final class LinkQrCode {

    /**
     * A page link with a dozen activities stays under 1,000 characters; 2,000 still fits a QR code at error
     * correction M (up to 2,331 bytes), though by then the code is dense and a printed link is easier to type.
     */
    public static final int MAX_TEXT_LENGTH = 2_000;
    /** M recovers about 15 % of the code: enough for a crease or a pen mark on paper, still small for long links. */
    private static final ErrorCorrectionLevel CORRECTION = ErrorCorrectionLevel.M;
    /** The blank border, in modules, that ISO/IEC 18004 asks around a code so a reader finds it. */
    static final int QUIET_ZONE = 4;

    /** The SVG for {@code text}; a blank, overlong or non-link text is refused with a clear message. */
    public String svg(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("text", "is required; send the link to draw as a QR code");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new ValidationException(
                    "text",
                    "at most " + MAX_TEXT_LENGTH + " characters; a longer link does " + "not scan reliably from paper");
        }
        if (!text.startsWith("https://") && !text.startsWith("http://")) {
            throw new ValidationException("text", "must be a link starting with https:// or http://");
        }
        ByteMatrix modules = encode(text).getMatrix();
        int size = modules.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y) == 1) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(' ')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" "
                + "shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static QRCode encode(String text) {
        try {
            return Encoder.encode(
                    text, CORRECTION, Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new ValidationException("text", "cannot be drawn as a QR code: " + e.getMessage());
        }
    }
}
