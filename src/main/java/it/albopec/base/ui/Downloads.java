package it.albopec.base.ui;

import java.io.OutputStream;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import it.albopec.base.export.ExportFormat;

/**
 * A download link whose file is written straight to the response as it is produced (no copy of the whole file in
 * the heap), e.g. by {@link it.albopec.base.export.TableExports}. The writer runs in the download's request, with
 * the user's security context, so services check the role and the Order as for any other call.
 */
public final class Downloads {

    private Downloads() {}

    public static Anchor link(String text, String fileName, ExportFormat format, Consumer<OutputStream> writer) {
        var anchor = new Anchor(handler(fileName, format, writer), text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    public static DownloadHandler handler(String fileName, ExportFormat format, Consumer<OutputStream> writer) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType(format.contentType());
            OutputStream out = event.getOutputStream();
            writer.accept(out);
            // closed only when complete: a failure midway must end the download as failed, not as a short file
            out.close();
        };
    }
}
