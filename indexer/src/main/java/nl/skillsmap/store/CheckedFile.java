package nl.skillsmap.store;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * A file the project writes beside the Lucene index, the way Lucene writes its own: through a {@link Directory},
 * after a {@link CodecUtil} header (what kind of file, which format) and before a footer with the checksum of
 * everything in it. A missing, truncated, damaged or foreign file is refused naming it, before any of it is used.
 *
 * @param name    the file's name in its directory
 * @param codec   the kind of file, as its header names it
 * @param format  the format version this code writes and reads
 * @param content what the file holds, for messages ("semantic space")
 */
public record CheckedFile(String name, String codec, int format, String content) {

    /** Writes the body between the header and the footer. */
    public interface Body {
        void write(IndexOutput out) throws IOException;
    }

    /** Reads what a {@link Body} wrote; throws {@link IllegalArgumentException} for values that make no sense. */
    public interface Reader<T> {
        T read(IndexInput in) throws IOException;
    }

    public void write(Path dir, Body body) throws IOException {
        Files.createDirectories(dir);
        try (Directory directory = FSDirectory.open(dir);
                IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
            CodecUtil.writeHeader(out, codec, format);
            body.write(out);
            CodecUtil.writeFooter(out);
        }
    }

    public <T> T read(Path dir, Reader<T> reader) throws IOException {
        Path path = dir.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new IOException("no " + content + " at " + path + ": rebuild the index");
        }
        try (Directory directory = FSDirectory.open(dir);
                IndexInput in = directory.openInput(name, IOContext.DEFAULT)) {
            CodecUtil.checksumEntireFile(in);
            in.seek(0);
            CodecUtil.checkHeader(in, codec, format, format);
            T value = reader.read(in);
            if (in.getFilePointer() != in.length() - CodecUtil.footerLength()) {
                throw new CorruptIndexException("data after the " + content, in);
            }
            return value;
        } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
            throw new IOException(
                    path + " has another format than this version reads (" + e.getMessage() + "): rebuild the index",
                    e);
        } catch (CorruptIndexException | EOFException | IllegalArgumentException e) {
            throw new IOException(
                    path + " is not a readable " + content + " (" + e.getMessage() + "): rebuild the index", e);
        }
    }
}
