package it.albopec.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Receives an upload into a temporary file while counting its bytes: past {@code maxBytes} it stops reading at
 * once, deletes what it had written and tells the user the limit (in the user's language). A plain upload request
 * is therefore never written to disk whole before its size is known, and nothing is left behind.
 */
public final class CappedUpload implements UploadHandler {

    private static final int BUFFER = 8192;

    private final long maxBytes;
    private final BiConsumer<String, Path> received;

    /** @param received gets the file name and the temporary file (under the limit), in the UI's lock; it owns the file */
    public CappedUpload(long maxBytes, BiConsumer<String, Path> received) {
        this.maxBytes = maxBytes;
        this.received = received;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        Path file;
        try (InputStream in = event.getInputStream()) {
            file = event.getFileSize() > maxBytes ? null : copyCapped(in, null, maxBytes);
        } catch (TooLarge e) {
            file = null;
        }
        UI ui = event.getUI();
        if (file == null) {
            String message = ui == null ? "upload too large"
                    : ui.getTranslation("base.upload.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
            event.reject(message);
            if (ui != null) {
                ui.accessSynchronously(() -> UserFeedback.error(message));
            }
            return;
        }
        Path done = file;
        run(ui, () -> received.accept(fileName, done));
    }

    private static void run(UI ui, Runnable action) {
        if (ui != null) {
            ui.accessSynchronously(action::run);
        } else {
            action.run();
        }
    }

    /**
     * Copies {@code in} into a new temporary file in {@code dir} (the system's when null), reading at most
     * {@code maxBytes + 1} bytes.
     *
     * @throws TooLarge past the limit; the partial file is already deleted
     */
    public static Path copyCapped(InputStream in, Path dir, long maxBytes) throws IOException {
        Path file = dir == null ? Files.createTempFile("albopec-upload-", ".tmp") : Files.createTempFile(dir, "albopec-upload-", ".tmp");
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            while (true) {
                // never ask for more than one byte past the limit
                int want = (int) Math.min(buffer.length, maxBytes + 1 - total);
                int n = in.read(buffer, 0, want);
                if (n < 0) {
                    break;
                }
                total += n;
                if (total > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            kept = true;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
        return file;
    }

    /** The upload went past the limit. */
    public static final class TooLarge extends IOException {
        public TooLarge(long maxBytes) {
            super("upload larger than " + maxBytes + " bytes");
        }
    }
}
