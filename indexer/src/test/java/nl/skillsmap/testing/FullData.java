package nl.skillsmap.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that reads the real data beside the checkout ({@link SharedData}): tagged {@value #TAG}, and skipped,
 * saying why, where that data is absent, so that the rest of the tests run on any machine. Where the data must be
 * there (CI: {@code -Dskillsmap.requireSharedData=true}), it runs and fails naming what is missing.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Tag(FullData.TAG)
@ExtendWith(SharedDataCondition.class)
public @interface FullData {

    String TAG = "full-data";
}
