package it.albopec.base.export;

import java.util.List;

/**
 * An export was written (or stopped), for the audit trail: these files carry personal data.
 *
 * @param list      the stable name of the list, e.g. "member.register"
 * @param title     the list's name as the user saw it, in their language, e.g. "Albo degli iscritti"
 * @param filter    the filter as the user set it, e.g. "status=ACTIVE"
 * @param columns   the headers of the exported columns
 * @param completed false when the user stopped it or it failed midway
 */
public record ListExported(String list, String title, String filter, ExportFormat format, List<String> columns, long rows, boolean completed) {}
