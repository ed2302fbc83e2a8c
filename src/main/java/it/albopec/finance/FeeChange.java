package it.albopec.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A fee of a convention that applies from a day on, who set it and when. */
public record FeeChange(long conventionId, LocalDate validFrom, BigDecimal fee, String setBy, Instant setAt) {}
