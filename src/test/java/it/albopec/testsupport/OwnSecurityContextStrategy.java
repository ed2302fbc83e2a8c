package it.albopec.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Vaadin keeps the signed-in user in a {@link SecurityContextHolderStrategy} bean and installs it as the JVM-wide
 * {@link SecurityContextHolder} strategy when its context starts. With several Spring contexts in one JVM the last one
 * started wins, while the beans of an earlier (cached) context still use their own: before each test this listener
 * installs the strategy of the test's own context again, ahead of Spring Security's {@code @WithUserDetails}.
 */
public class OwnSecurityContextStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
