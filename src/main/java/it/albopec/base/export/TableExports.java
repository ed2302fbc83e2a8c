package it.albopec.base.export;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way the product writes a list to a file: {@link SheetWriter} on the list's pages, then
 * {@link ListExported} for the audit trail — also when the user stops the export or it fails midway, since part of
 * the file may already have left.
 */
@Component
public class TableExports {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    TableExports(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** The file's name with today's date, e.g. "Albo-2026-11-30.xlsx". */
    public String fileName(TableExport<?> export, ExportFormat format) {
        return export.fileName(format, LocalDate.now(clock));
    }

    /** @return the number of rows written */
    public <T> long write(TableExport<T> export, ExportFormat format, OutputStream out, ExportProgress progress) {
        var written = new AtomicLong();
        boolean completed = false;
        try {
            long rows = SheetWriter.write(export, format, out, new ExportProgress() {
                @Override
                public void written(long rows) {
                    written.set(rows);
                    progress.written(rows);
                }

                @Override
                public boolean cancelled() {
                    return progress.cancelled();
                }
            });
            completed = true;
            return rows;
        } finally {
            events.publishEvent(new ListExported(export.list(), export.title(), export.filter(), format, export.headers(), written.get(), completed));
        }
    }
}
