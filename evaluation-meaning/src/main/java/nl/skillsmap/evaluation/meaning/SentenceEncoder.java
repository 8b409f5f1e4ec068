package nl.skillsmap.evaluation.meaning;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An English sentence encoder from the ONNX model a Maven Central jar ships (read by langchain4j's ONNX runtime, no
 * download), with its vectors cached by the text's content, so a second run over unchanged text costs no inference.
 */
public final class SentenceEncoder implements AutoCloseable {

    /** The encoders the probe measures: the jar resource names of model and tokenizer, and their pooling. */
    public enum Model {
        MINILM("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, ""),
        BGE("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, ""),
        E5("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", PoolingMode.MEAN, "query: ");

        final String onnx;
        final String tokenizer;
        final PoolingMode pooling;
        /** What the model was trained to see before a text compared with another of its kind. */
        final String prefix;

        Model(String onnx, String tokenizer, PoolingMode pooling, String prefix) {
            this.onnx = onnx;
            this.tokenizer = tokenizer;
            this.pooling = pooling;
            this.prefix = prefix;
        }
    }

    private final Model model;
    private final OnnxEmbeddingModel encoder;
    private final Path cacheFile;
    private final Map<String, float[]> cache = new LinkedHashMap<>();
    private boolean changed;

    public SentenceEncoder(Model model, Path cacheDir) {
        this.model = model;
        try {
            Path dir = Files.createDirectories(cacheDir);
            Path onnx = extract(model.onnx, dir);
            Path tokenizer = extract(model.tokenizer, dir);
            this.encoder = new OnnxEmbeddingModel(onnx, tokenizer, model.pooling);
            this.cacheFile = dir.resolve(model.name().toLowerCase() + ".vectors");
            readCache();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare encoder " + model, e);
        }
    }

    /** Unit vectors of the texts, in order. */
    public List<float[]> encode(List<String> texts) {
        List<float[]> result = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            if (!cache.containsKey(key(t)) && !missing.contains(t)) {
                missing.add(t);
            }
        }
        int batch = 32;
        for (int i = 0; i < missing.size(); i += batch) {
            List<String> part = missing.subList(i, Math.min(missing.size(), i + batch));
            List<TextSegment> segments =
                    part.stream().map(t -> TextSegment.from(model.prefix + t)).toList();
            var vectors = encoder.embedAll(segments).content();
            for (int k = 0; k < part.size(); k++) {
                cache.put(key(part.get(k)), unit(vectors.get(k).vector()));
            }
            changed = true;
        }
        texts.forEach(t -> result.add(cache.get(key(t))));
        return result;
    }

    /** Median time to encode one text on its own, bypassing the cache: what a request would pay per phrase. */
    public double millisPerText(List<String> texts) {
        double[] millis = new double[texts.size()];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            encoder.embed(model.prefix + texts.get(i));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(millis);
        return millis.length == 0 ? 0 : millis[millis.length / 2];
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Override
    public void close() {
        if (!changed) {
            return;
        }
        try (DataOutputStream out =
                new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cacheFile)))) {
            out.writeInt(cache.size());
            for (Map.Entry<String, float[]> e : cache.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + cacheFile, e);
        }
    }

    private void readCache() throws IOException {
        if (!Files.exists(cacheFile)) {
            return;
        }
        try (DataInputStream in =
                new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cacheFile)))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = in.readFloat();
                }
                cache.put(key, v);
            }
        }
    }

    private static Path extract(String resource, Path dir) throws IOException {
        Path target = dir.resolve(resource);
        if (!Files.exists(target)) {
            try (InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no resource " + resource + " on the class path");
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        double n = Math.sqrt(norm);
        float[] result = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            result[i] = n == 0 ? 0 : (float) (v[i] / n);
        }
        return result;
    }

    private static String key(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
