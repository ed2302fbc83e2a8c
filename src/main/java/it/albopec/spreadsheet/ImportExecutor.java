package it.albopec.spreadsheet;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs dry runs and applies off the request thread, as the user who started them, so the page stays usable and
 * shows progress. Two at a time: imports are rare, and two cores are shared with everything else.
 */
@Component
public class ImportExecutor {

    private final ExecutorService executor = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("import-", 1).daemon().factory());

    /** Runs the task with the caller's security context (the Order and role of the signed-in user). */
    public Future<?> submit(Runnable task) {
        return executor.submit(DelegatingSecurityContextRunnable.create(task, SecurityContextHolder.getContext()));
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
