package it.albopec.compliance;

import java.time.LocalDate;

/** A PEC address outside the convention as the Order recorded it; {@code valid} false from {@code invalidSince}. */
public record ExternalAddress(long memberId, long version, String address, boolean valid, LocalDate recordedOn, String recordedBy,
                              LocalDate invalidSince, InvalidReason invalidReason, String invalidNote) {}
