package nl.skillsmap.search.share;

/** The link to draw as a QR code; sent in a body so the words in a result's link stay out of access logs. */
public record QrCodeRequest(String text) {}
