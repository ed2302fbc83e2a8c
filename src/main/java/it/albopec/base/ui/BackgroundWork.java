package it.albopec.base.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import it.albopec.base.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long work of a view (an import, a large export) run in the background with a progress bar, a text saying how far it
 * is and how long is left, and a cancel button. The work reports through a {@link Tracker}; a refusal is told in the
 * user's language, anything unexpected is logged and told as such. Leaving the page cancels the work.
 */
public class BackgroundWork extends Composite<HorizontalLayout> {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

    /** The work, run off the request thread. */
    @FunctionalInterface
    public interface Task {
        void run(Tracker tracker);
    }

    /** The text beside the bar. */
    @FunctionalInterface
    public interface ProgressText {
        /** @param secondsLeft the estimate, or -1 when there is none yet */
        String text(long done, long total, long secondsLeft);
    }

    private final BackgroundExecutor executor;
    private final String unexpectedText;
    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();
    private final Button cancel = new Button();
    private Consumer<Boolean> onRunning = running -> {};
    private Runnable onFailure = () -> {};
    private volatile boolean cancelled;

    /**
     * @param cancelText     the cancel button's caption
     * @param unexpectedText what the user reads when the work fails unexpectedly
     */
    public BackgroundWork(BackgroundExecutor executor, String cancelText, String unexpectedText) {
        this.executor = executor;
        this.unexpectedText = unexpectedText;
        bar.setWidth("24em");
        cancel.setText(cancelText);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> cancelled = true);
        getContent().add(bar, text, cancel);
        getContent().setAlignItems(FlexComponent.Alignment.CENTER);
        getContent().setVisible(false);
    }

    /** Told true when work starts and false when it ends, e.g. to disable the button that starts it. */
    public void onRunningChange(Consumer<Boolean> listener) {
        this.onRunning = listener;
    }

    /** Run in the UI after the work was refused or failed, e.g. to refresh a history that keeps the attempt. */
    public void onFailure(Runnable listener) {
        this.onFailure = listener;
    }

    /** Starts the work: the bar shows at once with the initial text. */
    public void start(String initialText, ProgressText progressText, Task task) {
        UI ui = UI.getCurrent();
        cancelled = false;
        show(true, initialText);
        var tracker = new Tracker(ui, progressText);
        executor.execute(() -> {
            try {
                task.run(tracker);
            } catch (ServiceException e) {
                tracker.done(() -> {
                    onFailure.run();
                    UserFeedback.error(getTranslation(e.messageKey(), e.arguments()));
                });
            } catch (RuntimeException e) {
                log.error("Background work failed", e);
                tracker.done(() -> {
                    onFailure.run();
                    UserFeedback.error(unexpectedText);
                });
            }
        });
    }

    /** Asks the running work to stop at its next check. */
    public void cancel() {
        cancelled = true;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        cancel();
        super.onDetach(event);
    }

    private void show(boolean running, String initialText) {
        getContent().setVisible(running);
        bar.setIndeterminate(true);
        text.setText(initialText);
        onRunning.accept(running);
    }

    /** What the work uses to report progress, see a cancel and hand its result to the UI. */
    public final class Tracker {

        private final UI ui;
        private final ProgressText progressText;
        private final long startNanos = System.nanoTime();

        private Tracker(UI ui, ProgressText progressText) {
            this.ui = ui;
            this.progressText = progressText;
        }

        /** @param total the expected amount, or 0 when not known */
        public void progress(long done, long total) {
            long elapsedMs = (System.nanoTime() - startNanos) / 1_000_000;
            boolean measurable = total > 0 && done > 0 && done < total;
            long secondsLeft = measurable ? elapsedMs * (total - done) / done / 1000 : -1;
            inUi(() -> {
                if (measurable) {
                    bar.setIndeterminate(false);
                    bar.setValue(Math.min(1.0, (double) done / total));
                }
                text.setText(progressText.text(done, total, secondsLeft));
            });
        }

        public boolean isCancelled() {
            return cancelled;
        }

        /** The work ended: the bar goes and the change is made in the UI. */
        public void done(Runnable change) {
            inUi(() -> {
                show(false, "");
                change.run();
            });
        }

        private void inUi(Runnable change) {
            if (ui.getSession().hasLock()) {
                change.run();
            } else {
                ui.access(change::run);
            }
        }
    }
}
