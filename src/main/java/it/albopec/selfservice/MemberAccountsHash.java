package it.albopec.selfservice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short digest of a code for the outbox's dedup key: the key is visible to staff, the code must not be. */
final class MemberAccountsHash {

    private MemberAccountsHash() {}

    static String of(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("outbox:" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
