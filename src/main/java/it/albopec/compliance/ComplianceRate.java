package it.albopec.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * Members with a valid PEC ÷ active members, in a month (the current one, or a kept snapshot).
 *
 * @param percent null when the Order had no active member (no rate, rather than a made-up 100%)
 */
public record ComplianceRate(YearMonth month, long activeMembers, long withValidPec) {

    public BigDecimal percent() {
        if (activeMembers == 0) {
            return null;
        }
        return BigDecimal.valueOf(withValidPec * 100L).divide(BigDecimal.valueOf(activeMembers), 1, RoundingMode.HALF_UP);
    }

    public long withoutValidPec() {
        return activeMembers - withValidPec;
    }
}
