package it.albopec.inipec;

import java.time.Instant;

/** One feed of the log: when, who, how many lines of each kind, and its file. */
public record IniPecFeedSummary(long id, Instant createdAt, String username, int inserts, int updates, int deletes, String fileName) {

    public int lines() {
        return inserts + updates + deletes;
    }
}
