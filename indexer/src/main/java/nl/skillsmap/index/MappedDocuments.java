package nl.skillsmap.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * The output of the map stage ({@link DocumentMapper#map}): the documents in the order they are written, what they
 * count per type and per source, and their digest, a digest of every field of every document (so it changes with
 * anything indexed, not only with the stored records, and is the same for the same data); the index's content version
 * adds the analysis files to it ({@link IndexWriting#contentVersion}).
 */
public record MappedDocuments(
        List<Document> documents, Map<String, Integer> counts, Map<String, Integer> sources, String version) {

    static MappedDocuments of(List<Document> documents) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> sources = new TreeMap<>();
        MessageDigest digest = sha256();
        digest.update(("schema " + IndexSchema.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
        for (Document doc : documents) {
            counts.merge(doc.get(IndexSchema.TYPE), 1, Integer::sum);
            for (IndexableField f : doc.getFields(IndexSchema.SOURCE)) {
                sources.merge(f.binaryValue().utf8ToString(), 1, Integer::sum);
            }
            for (IndexableField field : doc.getFields()) {
                digest.update(field.name().getBytes(StandardCharsets.UTF_8));
                if (field.stringValue() != null) {
                    digest.update(field.stringValue().getBytes(StandardCharsets.UTF_8));
                } else if (field.binaryValue() != null) {
                    BytesRef bytes = field.binaryValue();
                    digest.update(bytes.bytes, bytes.offset, bytes.length);
                } else if (field.numericValue() != null) {
                    digest.update(field.numericValue().toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return new MappedDocuments(
                List.copyOf(documents),
                counts,
                sources,
                HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
