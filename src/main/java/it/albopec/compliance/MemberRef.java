package it.albopec.compliance;

/** A member of the Order as the compliance pages name them. */
public record MemberRef(long memberId, String label) {}
