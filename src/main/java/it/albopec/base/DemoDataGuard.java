package it.albopec.base;

import it.albopec.base.db.EmbeddedMariaDb;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo users (password {@code demo}, an OPERATOR among them) go only into the embedded MariaDB of the local profile.
 * A start that would load them into any other database — the production jar (no embedded engine) started without a
 * profile, or the local profile given a {@code spring.datasource.url} — is refused before the database is touched,
 * with the reason. The tests' throw-away schema per run is the one exception, allowed by
 * {@value #EXTERNAL_DATABASE_ALLOWED}.
 */
@Component
@ConditionalOnProperty(name = "albopec.demo-data", havingValue = "true")
class DemoDataGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String EXTERNAL_DATABASE_ALLOWED = "albopec.demo-data.external-database-allowed";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        boolean embedded = beanFactory.getBeanNamesForType(EmbeddedMariaDb.class, true, false).length > 0;
        if (!embedded && !environment.getProperty(EXTERNAL_DATABASE_ALLOWED, Boolean.class, false)) {
            throw new IllegalStateException("""
                    Refusing to start: the demo data (users 'operator', 'admin.po' … with the password 'demo') are loaded \
                    only into the embedded MariaDB of the local profile, and this start uses another database \
                    (spring.datasource.url is set, or this jar has no embedded MariaDB). \
                    To run on a real database start with --spring.profiles.active=prod (see README, "Running against an \
                    existing MariaDB").""");
        }
    }
}
