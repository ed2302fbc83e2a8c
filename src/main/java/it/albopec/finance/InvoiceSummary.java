package it.albopec.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A checked invoice of the provider: the file, who checked it and when, the period its lines bill, and the counts. */
public record InvoiceSummary(long id, String fileName, long fileSize, String uploadedBy, Instant uploadedAt, LocalDate periodFrom,
                             LocalDate periodTo, int lines, int matched, int notExpected, int notBilled, int amountDiffers, int invalid,
                             BigDecimal billedTotal) {}
