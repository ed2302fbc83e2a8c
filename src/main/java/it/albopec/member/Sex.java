package it.albopec.member;

/** Sex as the codice fiscale encodes it. */
public enum Sex {
    M, F;

    public boolean isFemale() {
        return this == F;
    }

    public static Sex of(boolean female) {
        return female ? F : M;
    }
}
