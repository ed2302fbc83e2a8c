package it.albopec.bench;

import it.albopec.AlboPecApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The application's Spring context inside the benchmark's JVM, on a schema of the benchmark (its web server
 * on a free loopback port: the security configuration needs the servlet stack, no request is sent to it): Flyway migrates the schema, and the benchmark calls the same services the views call, signed in
 * as one of the schema's users. No demo data, no scheduled job run.
 */
final class InProcessApp implements AutoCloseable {

    final ConfigurableApplicationContext context;

    private InProcessApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static InProcessApp start(BenchDatabase database) {
        var context = new SpringApplicationBuilder(AlboPecApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--spring.profiles.active=bench",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + BenchDatabase.USER,
                        "--spring.datasource.password=" + BenchDatabase.PASSWORD,
                        "--albopec.demo-data=false",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--albopec.mailbox.lifecycle-cron=-",
                        "--spring.main.banner-mode=off",
                        // the console log goes to standard output, where only BENCH lines belong
                        "--logging.level.root=error");
        return new InProcessApp(context);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Signs the user in for the current thread, as {@code it.albopec.testsupport.SignIn} does in tests. */
    void signIn(String username) {
        UserDetails user = bean(UserDetailsService.class).loadUserByUsername(username);
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(security);
    }

    @Override
    public void close() {
        SecurityContextHolder.clearContext();
        context.close();
    }
}
