package nl.skillsmap.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives a real headless browser against the real server over the full default index. Tagged
 * {@code browser}: these run in {@code mvn verify} (failsafe), not in {@code mvn test}.
 */
@FullData
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserEnvironment.class)
public @interface BrowserTest {}
