package it.albopec.base.ui;

import java.util.concurrent.Executor;

/**
 * Runs a view's long work off the request thread (see {@link BackgroundWork}). The application's bean is
 * {@link SecuredBackgroundExecutor}; a test may hand a view {@code Runnable::run} to run the work in its own thread.
 */
@FunctionalInterface
public interface BackgroundExecutor extends Executor {
}
