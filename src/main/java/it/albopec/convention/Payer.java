package it.albopec.convention;

/**
 * Who pays the fee of each term: the Order (Prato: "rinnovate automaticamente ogni 3 anni a spese
 * dell'Ordine") or the member (Foggia, Bolzano).
 */
public enum Payer {
    ORDER,
    MEMBER
}
