package it.albopec.base.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs background work as the user who started it (the Order and role of the signed-in user travel with the task).
 * Two at a time: imports and large exports are rare, and two cores are shared with everything else.
 */
@Component
class SecuredBackgroundExecutor implements BackgroundExecutor {

    private final ExecutorService executor = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("background-", 1).daemon().factory());

    @Override
    public void execute(Runnable task) {
        executor.execute(DelegatingSecurityContextRunnable.create(task, SecurityContextHolder.getContext()));
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
