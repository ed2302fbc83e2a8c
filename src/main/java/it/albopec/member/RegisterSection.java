package it.albopec.member;

/** The two sections of the register of an OMCeO; a person can be in both, with a number in each. */
public enum RegisterSection {
    MEDICI_CHIRURGHI, ODONTOIATRI
}
