package it.albopec.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Marks a Spring Modulith module test (put it next to {@code @ApplicationModuleTest}): one module started with only the
 * modules it needs, on the suite's MariaDB test schema and demo data.
 * <p>
 * Its tag keeps it out of the JVM of the {@link AlboPecTest} suite: Maven runs the tagged classes in a surefire
 * execution of their own ({@code module-tests} in pom.xml), because every Spring context with Vaadin replaces the JVM-wide
 * {@code SecurityContextHolder} strategy with its own, and the suite's cached context would then read the signed-in
 * user from another context's strategy. Inside that JVM several module contexts follow each other, so
 * {@link OwnSecurityContextStrategy} points the strategy back at the running test's context before each test.
 * {@link SignIn} comes along for the module's test fixtures (every module uses the security module).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(ModuleTest.TAG)
@Import(SignIn.class)
@TestExecutionListeners(listeners = OwnSecurityContextStrategy.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ModuleTest {

    /** The JUnit tag of the module tests, as pom.xml's surefire executions select them. */
    String TAG = "module";
}
